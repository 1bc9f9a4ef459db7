// The explorer's operations. `npm run codegen` types them in client/gql/ and lists them in the
// persisted manifest, so the page sends only their hashes.
import { graphql } from '../gql/index.ts';

export const ExploreSearch = graphql(`
  query ExploreSearch($query: String!) {
    search(query: $query, types: [PERSON, ORGANIZATION, PLACE, ARTICLE], first: 12) {
      totalCount
      edges {
        snippet
        node {
          __typename
          ... on Person { id name country { name } }
          ... on Organization { id name acronym }
          ... on Place { id name kind }
          ... on Article { id slug title publishedOn source }
        }
      }
    }
  }
`);

export const ExplorePerson = graphql(`
  query ExplorePerson($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        country { id name }
        aliases(first: 50) { totalCount edges { node { name } } }
        roles(first: 50) {
          totalCount
          edges { node { title organization { id name } country { id name } article { slug title } sentence { text } } }
        }
        organizations(first: 50) { totalCount edges { node { id name } } }
        meetings(first: 20) {
          totalCount
          edges { node { id dateText status summary location { id name } } }
        }
        articles(first: 20) { totalCount edges { node { slug title publishedOn source } } }
        mentions(first: 1) { totalCount }
        metWith(first: 1) { totalCount }
      }
    }
  }
`);

export const ExploreOrganization = graphql(`
  query ExploreOrganization($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        name
        acronym
        country { id name }
        parent { id name }
        children(first: 50) { totalCount edges { node { id name } } }
        aliases(first: 50) { totalCount edges { node { name } } }
        people(first: 50) { totalCount edges { node { id name } } }
        meetings(first: 20) {
          totalCount
          edges { node { id dateText status summary location { id name } } }
        }
        articles(first: 20) { totalCount edges { node { slug title publishedOn source } } }
      }
    }
  }
`);

export const ExplorePlace = graphql(`
  query ExplorePlace($id: ID!) {
    node(id: $id) {
      __typename
      ... on Place {
        id
        name
        kind
        country { id name }
        parent { id name }
        children(first: 50) { totalCount edges { node { id name } } }
        aliases(first: 50) { totalCount edges { node { name } } }
        meetings(first: 20) {
          totalCount
          edges { node { id dateText status summary location { id name } } }
        }
        articles(first: 20) { totalCount edges { node { slug title publishedOn source } } }
      }
    }
  }
`);

export const ExploreNetwork = graphql(`
  query ExploreNetwork($around: ID!, $depth: Int = 1, $limit: Int = 51, $filter: NetworkFilter, $organizations: Int = 0) {
    network(around: $around, depth: $depth, limit: $limit, filter: $filter, organizations: $organizations) {
      center { id name }
      truncated
      nodes { depth meetingCount person { id name country { name } } }
      edges { meetingCount source { id } target { id } }
      organizations { meetingCount organization { id name } }
      affiliations { meetingCount person { id } organization { id } }
    }
  }
`);

export const ExploreEdgeMeetings = graphql(`
  query ExploreEdgeMeetings($people: [ID!]!, $filter: NetworkFilter, $after: String) {
    nodes(ids: $people) { id ... on Person { name } }
    sharedMeetings(people: $people, filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          dateText
          status
          summary
          location { id name }
          participants(first: 20) { edges { node { id name } } }
          sources(first: 10) {
            edges { node { start end article { slug title source publishedOn } sentence { text } } }
          }
        }
      }
    }
  }
`);

export const ExploreTimeline = graphql(`
  query ExploreTimeline($filter: MeetingFilter) {
    meetingTimeline(filter: $filter) {
      months { month count dayCount monthCount }
      years { year count }
      undated
    }
  }
`);

export const ExploreMeetings = graphql(`
  query ExploreMeetings($filter: MeetingFilter, $after: String) {
    meetings(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          dateText
          status
          summary
          location { id name }
          participants(first: 20) { edges { node { id name } } }
          sources(first: 5) { edges { node { article { slug title } sentence { text } } } }
        }
      }
    }
  }
`);

export const ExploreArticle = graphql(`
  query ExploreArticle($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      publishedOn
      source
      dateline
      datelinePlace { id name }
      body
      meetings(first: 30) {
        totalCount
        edges {
          node {
            id
            dateText
            status
            summary
            sources(first: 20) { edges { node { start end article { slug } } } }
          }
        }
      }
    }
  }
`);

export const ExploreArticleMentions = graphql(`
  query ExploreArticleMentions($slug: String!, $after: String) {
    article(slug: $slug) {
      mentions(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            start
            end
            entityType
            person { id name }
            organization { id name }
            place { id name }
          }
        }
      }
    }
  }
`);
