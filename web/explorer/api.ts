import { entityQuery, neighborhoodQuery, pathsQuery, searchQuery } from './queries';

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
}

export interface SectionRef {
  label: string;
  title: string | null;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  paragraph: { id: string; order: number; section: SectionRef | null } | null;
}

export interface SliceEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence: Evidence | null;
}

export interface GraphSlice {
  nodes: EntitySummary[];
  edges: SliceEdge[];
}

export interface SearchHit {
  score: number;
  entity: EntitySummary & { aliases: string[] };
}

export interface Mention {
  surface: string;
  start: number;
  end: number;
  paragraph: { id: string; order: number; start: number; text: string; section: SectionRef | null };
}

export interface EntityDetails extends EntitySummary {
  pinyin: string | null;
  aliases: string[];
  mentionCount: number;
  mentions: Mention[];
}

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
}

/** POSTs JSON, as Apollo's CSRF prevention requires, and unwraps `data` or the first error. */
export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors?.length)
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  if (!body.data)
    throw new GraphQLRequestError(`The server answered ${response.status} without data.`);
  return body.data;
}

/**
 * Entity fields name the type as an enum (ADMIN_DIVISION) and the kind in capitals; graph
 * slices use the label (AdminDivision) and the stored kind (county). The page shows the
 * latter everywhere.
 */
function asStored<T extends EntitySummary>(entity: T): T {
  const type =
    entity.type.includes('_') || entity.type === entity.type.toUpperCase()
      ? entity.type
          .toLowerCase()
          .replace(/(^|_)([a-z])/g, (_match, _separator: string, letter: string) =>
            letter.toUpperCase(),
          )
      : entity.type;
  return { ...entity, type, kind: entity.kind?.toLowerCase() ?? null };
}

export async function search(query: string, first = 12): Promise<SearchHit[]> {
  const { search: hits } = await graphql<{ search: SearchHit[] }>(searchQuery, { query, first });
  return hits.map((hit) => ({ ...hit, entity: asStored(hit.entity) }));
}

export async function neighborhood(id: string, depth = 1, limit = 80): Promise<GraphSlice> {
  return (
    (await graphql<{ neighborhood: GraphSlice | null }>(neighborhoodQuery, { id, depth, limit }))
      .neighborhood ?? {
      nodes: [],
      edges: [],
    }
  );
}

export async function paths(from: string, to: string, maxHops = 4, limit = 3): Promise<GraphSlice> {
  return (
    (await graphql<{ paths: GraphSlice | null }>(pathsQuery, { from, to, maxHops, limit }))
      .paths ?? {
      nodes: [],
      edges: [],
    }
  );
}

export async function entity(id: string, mentions = 30): Promise<EntityDetails | null> {
  const { node } = await graphql<{ node: EntityDetails | null }>(entityQuery, { id, mentions });
  // node(id) answers {} for a node that is not an entity (a Status, an Observation).
  return node && node.id ? asStored(node) : null;
}
