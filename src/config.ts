import { resolve } from 'node:path';

/** Everything the server reads from the environment, read once and validated. */
export interface Config {
  port: number;
  host: string;
  /** An external Neo4j; when absent the embedded launcher is started. */
  neo4j: ExternalNeo4j | null;
  embedded: EmbeddedNeo4jOptions;
  /** Per-request transaction timeout sent to Neo4j, in milliseconds. */
  queryTimeoutMs: number;
  /** A request's whole time, from its arrival to its answer; past it the request is stopped. */
  requestTimeoutMs: number;
  /** Largest answer, in bytes of JSON; a request whose answer grows past it is stopped. */
  responseLimitBytes: number;
  maxPageSize: number;
  /** Bounds on the shape of argument values, checked before any Cypher is planned (src/limits.ts). */
  inputLimits: InputLimits;
  bodyLimit: string;
  seedOnStart: boolean;
  /** Browser origins allowed to call the API (CORS); empty: CORS off. */
  corsOrigins: string[];
}

export interface ExternalNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface EmbeddedNeo4jOptions {
  /** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
  java: string;
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Neo4j's default timeout for transactions that set none (ours always set one). */
  txTimeoutSeconds: number;
  startTimeoutMs: number;
}

export interface InputLimits {
  /** Items in any one list of an argument value (`AND`/`OR`, `in`, `ids` …). */
  maxListLength: number;
  /** Nesting depth of input objects (a filter is 1, each nested AND/OR/NOT/some … one more). */
  maxInputDepth: number;
  /** Conditions (leaf values set in input objects) over the whole request. */
  maxConditions: number;
  /** Sort keys in one `orderBy`. */
  maxOrderByKeys: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const projectRoot = resolve(__dirname, '..');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not a whole number from ${min} to ${max}.`);
  }
  return value;
}

function memorySize(env: NodeJS.ProcessEnv, name: string, fallback: string) {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmgKMG]?$/.test(raw)) {
    throw new ConfigError(`${name}=${raw} is not a memory size such as 512m or 2g.`);
  }
  return raw.toLowerCase();
}

/** A comma-separated list of origins such as `http://localhost:5173`. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `${name} holds ${origin}, which is not an origin; write scheme, host and port only, e.g. http://localhost:5173.`,
      );
    }
  }
  return list;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  let neo4j: ExternalNeo4j | null = null;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI=${uri} is not a Neo4j address; use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura).`,
      );
    }
    neo4j = {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    neo4j,
    embedded: {
      java: env.JAVA_HOME ? resolve(env.JAVA_HOME, 'bin', 'java') : 'java',
      dataDir: resolve(projectRoot, env.NEO4J_DATA_DIR || '.data/neo4j'),
      boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687, 0, 65535),
      heap: memorySize(env, 'NEO4J_HEAP', '1g'),
      pageCache: memorySize(env, 'NEO4J_PAGECACHE', '512m'),
      txTimeoutSeconds: integer(env, 'NEO4J_TX_TIMEOUT_S', 30, 1, 86400),
      startTimeoutMs: integer(env, 'NEO4J_START_TIMEOUT_MS', 90000, 1000, 600000),
    },
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 10000, 100, 600000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 20000, 1, 600000),
    responseLimitBytes: integer(env, 'RESPONSE_LIMIT_BYTES', 2_000_000, 1000, 1_000_000_000),
    maxPageSize: integer(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    inputLimits: {
      maxListLength: integer(env, 'MAX_INPUT_LIST', 100, 1, 10000),
      maxInputDepth: integer(env, 'MAX_INPUT_DEPTH', 8, 1, 100),
      maxConditions: integer(env, 'MAX_FILTER_CONDITIONS', 20, 1, 10000),
      maxOrderByKeys: integer(env, 'MAX_ORDER_BY', 5, 1, 100),
    },
    bodyLimit: env.BODY_LIMIT || '100kb',
    seedOnStart: env.SEED_ON_START !== 'false',
    corsOrigins: origins(env, 'CORS_ORIGINS'),
  };
}

export { projectRoot };
