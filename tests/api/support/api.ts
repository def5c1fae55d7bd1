import { readConfig, type Config } from '../../../src/config';
import type { Database } from '../../../src/neo4j';
import { buildApp, listen, type App } from '../../../src/server';
import { connectTestDatabase } from '../../support/database';
import { ensureLeshanGraph } from '../../support/leshanGraph';
import { fetch } from '../../support/http';

/**
 * A response's data, read loosely: each test asserts the shape it expects, and a typed
 * client for every question would only restate the schema.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The API over HTTP, as a client sees it: real POST requests to a server on a free port. */
export interface TestApi {
  db: Database;
  config: Config;
  url: string;
  post<T = Json>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Posts a raw body with the given content type (for CSRF and body-limit tests). */
  raw(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/**
 * Connects to the test Neo4j, makes sure it holds the 乐山 graph and nothing else, and
 * serves the API.
 */
export async function startApi(overrides: Partial<Config> = {}): Promise<TestApi> {
  const db = await connectTestDatabase();
  await ensureLeshanGraph(db);
  return serve(db, overrides);
}

/** Serves the API over a database the caller has prepared (and closes). */
export async function serve(db: Database, overrides: Partial<Config> = {}): Promise<TestApi> {
  const config = { ...readConfig(), ...overrides };
  const app: App = await buildApp(db, config);
  const port = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    db,
    config,
    url,
    async post(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async raw(body, headers = { 'content-type': 'application/json' }) {
      const response = await fetch(url, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await app.apollo.stop();
      await db.close();
    },
  };
}

/** Fails with the server's errors in the message, so a failing test says why. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}
