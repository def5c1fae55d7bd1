/**
 * The GraphQL the explorer sends, kept apart from the page so a unit test can validate
 * every operation against schema/*.graphql.
 */

const entityFields = `
  id
  type
  name
  nameEn
  kind`;

const sliceFields = `
  nodes {
    id
    type
    name
    nameEn
    kind
  }
  edges {
    id
    type
    source
    target
    evidence {
      quote
      start
      end
      paragraph {
        id
        order
        section {
          label
          title
        }
      }
    }
  }`;

export const searchQuery = `
query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    entity {${entityFields}
      aliases
    }
  }
}`;

export const neighborhoodQuery = `
query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {${sliceFields}
  }
}`;

export const pathsQuery = `
query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {${sliceFields}
  }
}`;

export const entityQuery = `
query ExplorerEntity($id: ID!, $mentions: Int) {
  node(id: $id) {
    ... on Entity {${entityFields}
      pinyin
      aliases
      mentionCount
      mentions(first: $mentions) {
        surface
        start
        end
        paragraph {
          id
          order
          start
          text
          section {
            label
            title
          }
        }
      }
    }
  }
}`;

export const explorerOperations = { searchQuery, neighborhoodQuery, pathsQuery, entityQuery };
