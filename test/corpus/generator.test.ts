import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedArticle } from '../../src/corpus/index.ts';

function corpus(articles: number, seed: number): GeneratedArticle[] {
  return [...generateCorpus({ articles, seed })];
}

function digest(articles: GeneratedArticle[]): string {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(a.fileName).update(a.text).update(JSON.stringify(a.gold));
  return hash.digest('hex');
}

const sample = corpus(600, 42);

describe('synthetic corpus', () => {
  it('is the same for the same seed and different for another', () => {
    expect(digest(corpus(600, 42))).toBe(digest(sample));
    expect(digest(corpus(600, 43))).not.toBe(digest(sample));
  });

  it('yields the number of articles asked for, with unique file names and gold files that name them', () => {
    expect(sample).toHaveLength(600);
    expect(new Set(sample.map((a) => a.fileName)).size).toBe(600);
    for (const a of sample) {
      expect(a.fileName).toMatch(/^g\d{6}_[a-z0-9_]+\.txt$/);
      expect(a.gold.file).toBe(a.fileName);
    }
  });

  it('records only mentions that occur verbatim in the article', () => {
    for (const { text, gold } of sample) {
      for (const entity of [...gold.people, ...gold.organizations]) {
        for (const mention of entity.mentions) expect(text, `${gold.file}: ${mention}`).toContain(mention);
      }
      for (const place of gold.places) expect(text).toContain(place.name);
      if (gold.title) expect(text).toContain(gold.title);
    }
  });

  it('gives every meeting named participants the article mentions, and a well-formed date', () => {
    for (const { gold } of sample) {
      expect(gold.meetings.length).toBeGreaterThan(0);
      const people = new Set(gold.people.map((p) => p.name));
      const orgs = new Set(gold.organizations.map((o) => o.name));
      for (const m of gold.meetings) {
        expect(m.participants.length + m.organizations.length).toBeGreaterThan(0);
        for (const p of m.participants) expect(people.has(p), `${gold.file}: ${p}`).toBe(true);
        for (const o of m.organizations) expect(orgs.has(o), `${gold.file}: ${o}`).toBe(true);
        expect(m.date ?? '').toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
  });

  it('has the shape of a news corpus: recurring people, meetings reported more than once, varied headers', () => {
    const articlesPerPerson = new Map<string, number>();
    const reportsPerMeeting = new Map<string, number>();
    for (const { gold } of sample) {
      for (const p of gold.people) articlesPerPerson.set(p.name, (articlesPerPerson.get(p.name) ?? 0) + 1);
      for (const m of gold.meetings.filter((m) => m.date?.length === 10)) {
        const key = `${[...m.participants].sort().join('|')}@${m.date}`;
        reportsPerMeeting.set(key, (reportsPerMeeting.get(key) ?? 0) + 1);
      }
    }
    const counts = [...articlesPerPerson.values()];
    expect(counts.filter((n) => n >= 20).length).toBeGreaterThanOrEqual(10);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(50);
    expect([...reportsPerMeeting.values()].filter((n) => n >= 2).length).toBeGreaterThan(50);
    // Surname-only later mentions, acronyms defined then reused, and alternative spellings.
    expect(sample.some((a) => a.gold.people.some((p) => p.mentions.includes('Putin')))).toBe(true);
    expect(sample.some((a) => a.text.includes('(SCO)') && a.gold.organizations.some((o) => o.mentions.includes('SCO')))).toBe(true);
    expect(sample.some((a) => a.gold.people.some((p) => p.name === 'Sergei Lavrov'))).toBe(true);
    const headers = [' date ', 'Xinhua) ', '/TASS/.', 'Connect with us', 'Title: ', '(AA) - ', '(Prensa Latina)', 'by times news cr'];
    for (const header of headers) expect(sample.some((a) => a.text.includes(header)), header).toBe(true);
    const sources = new Set(sample.map((a) => a.gold.source));
    expect(sources).toEqual(new Set(['Xinhua', 'TASS', 'AA', 'Prensa Latina', null]));
  });
});
