// Runs the example operations against a newsgraph server and prints what they return:
//   npx tsx client/examples.ts [http://127.0.0.1:4000/graphql] [--persisted]
import { pathToFileURL } from 'node:url';
import { createClient, type Execute } from './client.ts';
import { ArticlesPage, MeetingSources, PersonMeetings, Search } from './operations.ts';

/** A person's meetings, the sources of the first one, a search, and every page of articles. */
export async function runExamples(execute: Execute, person = 'Xi') {
  const { person: found } = await execute(PersonMeetings, { name: person });
  const firstMeeting = found?.meetings.edges[0]?.node;
  const sources = firstMeeting ? await execute(MeetingSources, { id: firstMeeting.id }) : null;
  const search = await execute(Search, { query: person });
  const articles = [];
  let after: string | null | undefined;
  do {
    const { articles: page } = await execute(ArticlesPage, { first: 2, after });
    articles.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { person: found, sources: sources?.node ?? null, search: search.search, articles };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:4000/graphql';
  const result = await runExamples(createClient({ url, persisted: process.argv.includes('--persisted') }));
  console.log(JSON.stringify(result, null, 2));
}
