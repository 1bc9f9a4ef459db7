/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PersonMeetings($name: String!, $first: Int = 10) {\n    person(name: $name) {\n      id\n      name\n      country {\n        name\n      }\n      meetings(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            dateText\n            status\n            summary\n            location {\n              name\n            }\n            participants {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonMeetingsDocument,
    "\n  query MeetingSources($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        summary\n        dateText\n        sources {\n          edges {\n            node {\n              summary\n              start\n              end\n              article {\n                slug\n                title\n                publishedOn\n                source\n              }\n              sentence {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingSourcesDocument,
    "\n  query Search($query: String!, $first: Int = 10) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        snippet\n        node {\n          __typename\n          ... on Article {\n            slug\n            title\n          }\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n          ... on Place {\n            name\n            kind\n          }\n          ... on Meeting {\n            summary\n            dateText\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query ArticlesPage($first: Int = 2, $after: String) {\n    articles(first: $first, after: $after, orderBy: { field: PUBLISHED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          title\n          publishedOn\n          source\n        }\n      }\n    }\n  }\n": typeof types.ArticlesPageDocument,
};
const documents: Documents = {
    "\n  query PersonMeetings($name: String!, $first: Int = 10) {\n    person(name: $name) {\n      id\n      name\n      country {\n        name\n      }\n      meetings(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            dateText\n            status\n            summary\n            location {\n              name\n            }\n            participants {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonMeetingsDocument,
    "\n  query MeetingSources($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        summary\n        dateText\n        sources {\n          edges {\n            node {\n              summary\n              start\n              end\n              article {\n                slug\n                title\n                publishedOn\n                source\n              }\n              sentence {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MeetingSourcesDocument,
    "\n  query Search($query: String!, $first: Int = 10) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        snippet\n        node {\n          __typename\n          ... on Article {\n            slug\n            title\n          }\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n          ... on Place {\n            name\n            kind\n          }\n          ... on Meeting {\n            summary\n            dateText\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query ArticlesPage($first: Int = 2, $after: String) {\n    articles(first: $first, after: $after, orderBy: { field: PUBLISHED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          title\n          publishedOn\n          source\n        }\n      }\n    }\n  }\n": types.ArticlesPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonMeetings($name: String!, $first: Int = 10) {\n    person(name: $name) {\n      id\n      name\n      country {\n        name\n      }\n      meetings(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            dateText\n            status\n            summary\n            location {\n              name\n            }\n            participants {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonMeetings($name: String!, $first: Int = 10) {\n    person(name: $name) {\n      id\n      name\n      country {\n        name\n      }\n      meetings(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            dateText\n            status\n            summary\n            location {\n              name\n            }\n            participants {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSources($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        summary\n        dateText\n        sources {\n          edges {\n            node {\n              summary\n              start\n              end\n              article {\n                slug\n                title\n                publishedOn\n                source\n              }\n              sentence {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSources($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        summary\n        dateText\n        sources {\n          edges {\n            node {\n              summary\n              start\n              end\n              article {\n                slug\n                title\n                publishedOn\n                source\n              }\n              sentence {\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int = 10) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        snippet\n        node {\n          __typename\n          ... on Article {\n            slug\n            title\n          }\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n          ... on Place {\n            name\n            kind\n          }\n          ... on Meeting {\n            summary\n            dateText\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int = 10) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        snippet\n        node {\n          __typename\n          ... on Article {\n            slug\n            title\n          }\n          ... on Person {\n            name\n          }\n          ... on Organization {\n            name\n          }\n          ... on Place {\n            name\n            kind\n          }\n          ... on Meeting {\n            summary\n            dateText\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlesPage($first: Int = 2, $after: String) {\n    articles(first: $first, after: $after, orderBy: { field: PUBLISHED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          title\n          publishedOn\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlesPage($first: Int = 2, $after: String) {\n    articles(first: $first, after: $after, orderBy: { field: PUBLISHED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          title\n          publishedOn\n          source\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;