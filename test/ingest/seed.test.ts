import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase, defaultSeedDir, type TestDatabase } from '../../src/testing/test-database.ts';
import { copyOfSeedArticles } from '../support/articles.ts';

async function rowCounts(db: Database) {
  return {
    articles: await db.article.count(),
    sentences: await db.sentence.count(),
    paragraphs: await db.paragraph.count(),
    people: await db.person.count(),
    personAliases: await db.personAlias.count(),
    organizations: await db.organization.count(),
    places: await db.place.count(),
    meetings: await db.meeting.count(),
    meetingSources: await db.meetingSource.count(),
    mentions: await db.mention.count(),
    roles: await db.role.count(),
  };
}

const open: TestDatabase[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function database(seedDir: string | null = defaultSeedDir) {
  const t = await createTestDatabase({ seedDir });
  open.push(t);
  return t;
}

async function articles() {
  const dir = await copyOfSeedArticles();
  dirs.push(dir);
  return dir;
}

describe('seeding', () => {
  it('ingests every seed article with its sentences and facts', async () => {
    const { db, seed } = await database();
    expect(seed?.ingested.map((f) => path.basename(f))).toEqual([
      '000_f735a4070e9f9490.txt', '001_eeb6f145542a736b.txt', '002_dbdd5dc0d68218a3.txt',
      '003_806834c5e432ab03.txt', '004_35831da054d854d9.txt',
    ]);
    expect(seed?.rejected).toEqual([]);
    const counts = await rowCounts(db);
    expect(counts.articles).toBe(5);
    expect(counts.sentences).toBeGreaterThan(50);
    expect(counts.people).toBeGreaterThan(5);
    expect(counts.mentions).toBeGreaterThan(counts.people);
  });

  it('resolves one entity per real-world thing across articles', async () => {
    const { db } = await database();
    const xi = await db.person.findMany({
      where: { aliases: { some: { normalized: { in: ['xi', 'xi jinping', 'president xi jinping'] } } } },
      include: { mentions: true, aliases: true },
    });
    expect(xi.map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(new Set(xi[0]?.mentions.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(3);
    expect(xi[0]?.aliases.map((a) => a.normalized)).toEqual(expect.arrayContaining(['xi', 'xi jinping']));

    const cpc = await db.organizationAlias.findMany({ where: { normalized: 'cpc' }, include: { organization: true } });
    expect(cpc.map((a) => a.organization.name)).toEqual(['Communist Party of China']);

    // The fourth plenary session is reported by two articles: one meeting, two sources.
    const plenary = await db.meeting.findMany({
      where: { name: { contains: 'plenary session' } },
      include: { sources: { include: { article: true, sentence: true } } },
    });
    expect(plenary).toHaveLength(1);
    expect(plenary[0]?.sources.map((s) => s.article.slug).sort()).toEqual(['000-f735a4070e9f9490', '001-eeb6f145542a736b']);
    for (const source of plenary[0]?.sources ?? []) {
      expect(source.article.body.slice(source.start, source.end)).toMatch(/plenary session/);
      expect(source.sentence.text).toContain(source.article.body.slice(source.start, source.end));
    }
  });

  it('changes nothing when run twice', async () => {
    const { db } = await database();
    const before = await rowCounts(db);
    const again = await seedDirectory(db, defaultSeedDir);
    expect(again.unchanged).toHaveLength(5);
    expect(again.ingested.length + again.replaced.length + again.rejected.length).toBe(0);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('replaces the facts of a changed article and keeps entities other articles still name', async () => {
    const dir = await articles();
    const { db } = await database(dir);
    const file = path.join(dir, '002_dbdd5dc0d68218a3.txt');
    const original = await db.article.findUniqueOrThrow({ where: { slug: '002_dbdd5dc0d68218a3'.replace(/_/g, '-') } });
    // Drop the paragraph naming Yang Jin, a person no other seed article names.
    const text = await readFile(file, 'utf8');
    const changed = text.replace(/\n\nVolodin's visit, amid US tariff wars[^\n]*/, '');
    expect(changed).not.toEqual(text);
    await writeFile(file, changed);

    const report = await seedDirectory(db, dir);
    expect(report.replaced).toEqual([file]);
    expect(report.unchanged).toHaveLength(4);

    const replaced = await db.article.findUniqueOrThrow({ where: { slug: original.slug } });
    expect(replaced.id).toBe(original.id);
    expect(replaced.contentHash).not.toBe(original.contentHash);
    expect(replaced.body).not.toContain('Yang Jin');
    expect(await db.person.findFirst({ where: { name: 'Yang Jin' } })).toBeNull();
    // Zhao Leji is also named by article 003, so he stays, with only the mentions that remain.
    const zhao = await db.person.findFirstOrThrow({ where: { name: 'Zhao Leji' }, include: { mentions: true } });
    expect(zhao.mentions.some((m) => m.articleId === original.id)).toBe(true);
    for (const m of zhao.mentions.filter((x) => x.articleId === original.id)) {
      expect(replaced.body.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('rejected files', () => {
  it('rejects each kind of bad file with a reason naming it, and keeps everything stored', async () => {
    const dir = await articles();
    const { db } = await database(dir);
    const before = await rowCounts(db);
    const bad = {
      'empty.txt': Buffer.alloc(0),
      'blank.txt': Buffer.from(' \n\n\t\n'),
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
      'latin1.txt': Buffer.from('Caf\xe9 au lait, Moscou, 2025', 'latin1'),
      'huge.txt': Buffer.alloc(2 * 1024 * 1024 + 1, 'a'),
      'no-article.txt': Buffer.from('Connect with us\n\n12:00\n'),
    };
    for (const [name, bytes] of Object.entries(bad)) await writeFile(path.join(dir, name), bytes);
    // A changed good file must still be ingested alongside the rejections.
    await appendFile(path.join(dir, '004_35831da054d854d9.txt'), '\n\nWang also met Russian Foreign Minister Sergey Lavrov in Moscow on Tuesday.\n');

    const report = await seedDirectory(db, dir);
    const reasons = Object.fromEntries(report.rejected.map((r) => [path.basename(r.file), r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(bad).sort());
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/2 MB/);
    expect(reasons['no-article.txt']).toMatch(/article/i);
    expect(report.replaced.map((f) => path.basename(f))).toEqual(['004_35831da054d854d9.txt']);

    const after = await rowCounts(db);
    expect(after.articles).toBe(before.articles);
    expect(after.mentions).toBeGreaterThanOrEqual(before.mentions);
  });
});
