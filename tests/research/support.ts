import { readConfig } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { buildApp, listen } from '../../src/server';
import { fetch } from '../support/http';

export interface GraphQLResponse<T = ResearchData> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; limit?: number; argument?: string } }[];
}

/** The shapes the research tests select, as they come over the wire. */
export interface WireNode {
  id: string;
  type: string;
  name?: string;
  nameEn?: string | null;
  kind?: string | null;
}

export interface WireEdge {
  id?: string;
  type: string;
  source: string;
  target: string;
  evidence?: {
    quote: string;
    start?: number;
    end?: number;
    paragraph?: { id: string } | null;
  } | null;
}

export interface WireSlice {
  nodes: WireNode[];
  edges: WireEdge[];
  truncated: boolean;
}

export interface WireSearchHit {
  entity: { id: string; name?: string; type?: string };
  score: number;
  matchedOn: string | null;
}

export interface WirePassageHit {
  paragraph: { id: string; start: number; text?: string };
  snippet: string;
  start: number;
  end: number;
  score: number;
}

export interface WireCounts {
  entitiesByType: { type: string; count: number }[];
  entitiesByKind: { type: string; kind: string; count: number }[];
  projectsByCounty: { entity: { id: string }; count: number }[];
  projectsByIndustry: { entity: { id: string }; count: number }[];
  projectsByPhase: { year: number; phase: string; count: number }[];
  projectsByYear: { year: number; count: number }[];
  policiesByKind: { kind: string; count: number }[];
  footnotesBySection: { section: { id: string }; count: number }[];
}

export interface WireComparison {
  indicator: { id?: string; name?: string };
  [field: string]: unknown;
}

/** What a research operation may return, each field present when selected. */
export interface ResearchData {
  search: WireSearchHit[];
  searchPassages: WirePassageHit[];
  neighborhood: WireSlice;
  paths: WireSlice;
  counts: WireCounts;
  indicatorComparison: WireComparison[];
}

export interface TestServer {
  /** Posts one operation to /graphql, as a browser client would. */
  query<T = ResearchData>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The whole HTTP app on a free loopback port, over the given database. */
export async function startTestServer(db: Database): Promise<TestServer> {
  const app = await buildApp(db, readConfig());
  const port = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    async query(query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    close: () => app.apollo.stop(),
  };
}

/** The `extensions.code` of every error of a response. */
export function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
