// Operations a newsgraph user writes. `npm run codegen` turns each `graphql(...)` document into
// a TypedDocumentNode in client/gql/, so results and variables are typed at compile time.
import { graphql } from './gql/index.ts';

/** A person (by any alias) and the meetings they took part in, with everyone who attended. */
export const PersonMeetings = graphql(`
  query PersonMeetings($name: String!, $first: Int = 10) {
    person(name: $name) {
      id
      name
      country {
        name
      }
      meetings(first: $first) {
        totalCount
        edges {
          node {
            id
            dateText
            status
            summary
            location {
              name
            }
            participants {
              edges {
                node {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Where a meeting is reported: each article and the sentence that states it. */
export const MeetingSources = graphql(`
  query MeetingSources($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        summary
        dateText
        sources {
          edges {
            node {
              summary
              start
              end
              article {
                slug
                title
                publishedOn
                source
              }
              sentence {
                text
              }
            }
          }
        }
      }
    }
  }
`);

/** Full-text search over articles and entity names. */
export const Search = graphql(`
  query Search($query: String!, $first: Int = 10) {
    search(query: $query, first: $first) {
      totalCount
      edges {
        score
        snippet
        node {
          __typename
          ... on Article {
            slug
            title
          }
          ... on Person {
            name
          }
          ... on Organization {
            name
          }
          ... on Place {
            name
            kind
          }
          ... on Meeting {
            summary
            dateText
          }
        }
      }
    }
  }
`);

/** One page of articles, newest first; pass `endCursor` as `after` for the next. */
export const ArticlesPage = graphql(`
  query ArticlesPage($first: Int = 2, $after: String) {
    articles(first: $first, after: $after, orderBy: { field: PUBLISHED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          title
          publishedOn
          source
        }
      }
    }
  }
`);
