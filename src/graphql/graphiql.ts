// GraphiQL's options. The page itself comes from @graphql-yoga/render-graphiql, which inlines
// its assets, so it works with no network beyond this server (yoga's default loads a CDN).

export const defaultQuery = `# Meetings of Xi Jinping, with who else took part and where.
query XiMeetings {
  person(name: "Xi") {
    name
    meetings(first: 5) {
      totalCount
      edges {
        node {
          dateText
          summary
          status
          venue { name }
          location { name }
          participants { edges { node { name } } }
        }
      }
    }
  }
}
`;

export const graphiql = { title: 'newsgraph', defaultQuery };
