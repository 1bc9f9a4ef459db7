// A small, hand-written knowledge graph for tests that must not depend on extraction: two
// articles, four people, three organizations, six places and four meetings, written with Prisma.
import type { Database } from '../../src/db/client.ts';
import { foldName } from '../../src/extract/index.ts';
import { slugify } from '../../src/ingest/names.ts';
import { undatedSortDate } from '../../src/ingest/dates.ts';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from '../../src/testing/test-database.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const aliases = (...names: string[]) => ({ create: names.map((name) => ({ name, normalized: foldName(name) })) });

export async function writeFixture(db: Database): Promise<void> {
  const place = (name: string, kind: 'city' | 'region' | 'country' | 'venue', extra: { countryId?: number; parentId?: number } = {}, ...more: string[]) =>
    db.place.create({ data: { slug: slugify(name), name, kind, ...extra, aliases: aliases(name, ...more) } });
  const china = await place('China', 'country', {}, "People's Republic of China");
  const russia = await place('Russia', 'country', {}, 'Russian Federation');
  const beijing = await place('Beijing', 'city', { countryId: china.id });
  const greatHall = await place('Great Hall of the People', 'venue', { countryId: china.id, parentId: beijing.id });
  const zhejiang = await place('Zhejiang', 'region', { countryId: china.id }, 'Zhejiang province');
  const hangzhou = await place('Hangzhou', 'city', { countryId: china.id, parentId: zhejiang.id });
  const moscow = await place('Moscow', 'city', { countryId: russia.id });

  const org = (name: string, extra: { acronym?: string; countryId?: number; parentId?: number }, ...more: string[]) =>
    db.organization.create({ data: { slug: slugify(name), name, ...extra, aliases: aliases(name, ...more) } });
  const cpc = await org('Communist Party of China', { acronym: 'CPC', countryId: china.id }, 'CPC');
  const centralCommittee = await org('CPC Central Committee', { countryId: china.id, parentId: cpc.id });
  const russianGovernment = await org('Government of Russia', { countryId: russia.id }, 'Russian government');

  const person = (name: string, countryId: number, ...more: string[]) =>
    db.person.create({ data: { slug: slugify(name), name, countryId, aliases: aliases(name, ...more) } });
  const xi = await person('Xi Jinping', china.id, 'Xi', 'President Xi');
  const mishustin = await person('Mikhail Mishustin', russia.id, 'Mishustin');
  const li = await person('Li Qiang', china.id, 'Premier Li');
  const putin = await person('Vladimir Putin', russia.id, 'Putin');

  const body1 =
    'President Xi Jinping met with Russian Prime Minister Mikhail Mishustin in Beijing on Tuesday.\n\n' +
    'Xi, also general secretary of the CPC Central Committee, met him at the Great Hall of the People.\n\n' +
    'On Monday, Premier Li Qiang and Mishustin co-chaired the 30th regular meeting in Hangzhou.';
  const body2 = 'Russian President Vladimir Putin hosted Xi Jinping in Moscow in May, TASS reported.';
  const article1 = await db.article.create({
    data: {
      slug: 'fixture-001', fileName: 'fixture-001.txt', contentHash: 'fixture-hash-1', title: 'Xi calls for better synergy with Russia',
      publishedOn: day('2025-11-05'), source: 'Xinhua', dateline: 'BEIJING', datelinePlaceId: beijing.id, body: body1,
    },
  });
  const article2 = await db.article.create({
    data: {
      slug: 'fixture-002', fileName: 'fixture-002.txt', contentHash: 'fixture-hash-2', title: 'Putin hosts Xi in Moscow',
      publishedOn: day('2025-05-09'), source: 'TASS', body: body2,
    },
  });

  // Sentences and mentions, with offsets computed from the bodies so spans are honest.
  const sentencesOf = async (articleId: number, body: string) => {
    const texts = body.split('\n\n');
    const rows = [];
    let start = 0;
    for (const [index, text] of texts.entries()) {
      rows.push(await db.sentence.create({
        data: { articleId, index, paragraphIndex: index, start, end: start + text.length, text },
      }));
      start += text.length + 2;
    }
    return rows;
  };
  const [s1, s2, s3] = await sentencesOf(article1.id, body1);
  const [s4] = await sentencesOf(article2.id, body2);
  if (!s1 || !s2 || !s3 || !s4) throw new Error('fixture sentences missing');

  type Target = { personId: number } | { organizationId: number } | { placeId: number };
  const mention = async (articleId: number, body: string, sentence: { id: number; start: number }, text: string, target: Target) => {
    const start = body.indexOf(text, sentence.start);
    const entityType = 'personId' in target ? 'person' : 'organizationId' in target ? 'organization' : 'place';
    await db.mention.create({
      data: { articleId, sentenceId: sentence.id, start, end: start + text.length, text, entityType, ...target },
    });
    // The article-entity pair ingest writes, kept at the first mention (mentions come in reading order).
    const publishedOn = (articleId === article1.id ? article1.publishedOn : article2.publishedOn) ?? undatedSortDate;
    const pair = { articleId, publishedOn, firstMention: start };
    if ('personId' in target) {
      const key = { articleId, personId: target.personId };
      await db.articlePerson.upsert({ where: { articleId_personId: key }, create: { ...pair, ...key }, update: {} });
    } else if ('organizationId' in target) {
      const key = { articleId, organizationId: target.organizationId };
      await db.articleOrganization.upsert({ where: { articleId_organizationId: key }, create: { ...pair, ...key }, update: {} });
    } else {
      const key = { articleId, placeId: target.placeId };
      await db.articlePlace.upsert({ where: { articleId_placeId: key }, create: { ...pair, ...key }, update: {} });
    }
  };
  await mention(article1.id, body1, s1, 'Xi Jinping', { personId: xi.id });
  await mention(article1.id, body1, s1, 'Mikhail Mishustin', { personId: mishustin.id });
  await mention(article1.id, body1, s1, 'Beijing', { placeId: beijing.id });
  await mention(article1.id, body1, s2, 'Xi', { personId: xi.id });
  await mention(article1.id, body1, s2, 'CPC Central Committee', { organizationId: centralCommittee.id });
  await mention(article1.id, body1, s2, 'Great Hall of the People', { placeId: greatHall.id });
  await mention(article1.id, body1, s3, 'Li Qiang', { personId: li.id });
  await mention(article1.id, body1, s3, 'Mishustin', { personId: mishustin.id });
  await mention(article1.id, body1, s3, 'Hangzhou', { placeId: hangzhou.id });
  await mention(article2.id, body2, s4, 'Vladimir Putin', { personId: putin.id });
  await mention(article2.id, body2, s4, 'Xi Jinping', { personId: xi.id });
  await mention(article2.id, body2, s4, 'Moscow', { placeId: moscow.id });

  const role = (personId: number, title: string, sentence: { id: number; start: number; end: number }, articleId: number, extra: { organizationId?: number; countryId?: number }) =>
    db.role.create({ data: { personId, title, articleId, sentenceId: sentence.id, start: sentence.start, end: sentence.end, ...extra } });
  await role(xi.id, 'President', s1, article1.id, { countryId: china.id });
  await role(xi.id, 'general secretary', s2, article1.id, { organizationId: centralCommittee.id });
  await role(mishustin.id, 'Prime Minister', s1, article1.id, { countryId: russia.id, organizationId: russianGovernment.id });
  await role(putin.id, 'President', s4, article2.id, { countryId: russia.id });

  const meeting = async (
    data: { summary: string; name?: string; date: Date | null; datePrecision: 'day' | 'month' | 'year' | 'unknown'; status: 'held' | 'scheduled'; locationId?: number; venueId?: number },
    people: number[], organizations: number[], source: { articleId: number; sentence: { id: number; start: number; end: number } },
  ) =>
    db.meeting.create({
      data: {
        ...data,
        participants: { create: people.map((personId) => ({ personId, meetingDate: data.date ?? undatedSortDate })) },
        organizations: { create: organizations.map((organizationId) => ({ organizationId, meetingDate: data.date ?? undatedSortDate })) },
        sources: {
          create: [{
            articleId: source.articleId, sentenceId: source.sentence.id, start: source.sentence.start,
            end: source.sentence.end, summary: data.summary,
          }],
        },
      },
    });
  await meeting(
    { summary: 'Xi Jinping met Mikhail Mishustin', date: day('2025-11-04'), datePrecision: 'day', status: 'held', locationId: beijing.id, venueId: greatHall.id },
    [xi.id, mishustin.id], [], { articleId: article1.id, sentence: s1 },
  );
  await meeting(
    { summary: 'Li Qiang and Mikhail Mishustin co-chaired the 30th regular meeting', name: '30th regular meeting between Chinese and Russian heads of government', date: day('2025-11-03'), datePrecision: 'day', status: 'held', locationId: hangzhou.id },
    [li.id, mishustin.id], [russianGovernment.id], { articleId: article1.id, sentence: s3 },
  );
  await meeting(
    { summary: 'Vladimir Putin hosted Xi Jinping', date: day('2025-05-01'), datePrecision: 'month', status: 'held', locationId: moscow.id },
    [putin.id, xi.id], [cpc.id], { articleId: article2.id, sentence: s4 },
  );
  await meeting(
    { summary: 'Xi Jinping and Vladimir Putin plan to meet again', date: null, datePrecision: 'unknown', status: 'scheduled' },
    [putin.id, xi.id], [], { articleId: article2.id, sentence: s4 },
  );
}

/** Copies every meeting `times - 1` more times, with its participants, organizations and sources. */
export async function multiplyMeetings(db: Database, times: number): Promise<void> {
  const meetings = await db.meeting.findMany({ include: { participants: true, organizations: true, sources: true } });
  for (let copy = 1; copy < times; copy += 1) {
    for (const { id: _id, participants, organizations, sources, ...data } of meetings) {
      await db.meeting.create({
        data: {
          ...data,
          participants: { create: participants.map(({ personId, meetingDate }) => ({ personId, meetingDate })) },
          organizations: { create: organizations.map(({ organizationId, meetingDate }) => ({ organizationId, meetingDate })) },
          sources: { create: sources.map(({ id: _s, meetingId: _m, ...source }) => source) },
        },
      });
    }
  }
}

/** A migrated database holding only the fixture. */
export async function createFixtureDatabase(options: Pick<TestDatabaseOptions, 'onQuery'> = {}): Promise<TestDatabase> {
  const testDb = await createTestDatabase({ seedDir: null, onQuery: options.onQuery });
  await writeFixture(testDb.db);
  return testDb;
}
