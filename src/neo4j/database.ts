import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  isNode,
  isRelationship,
  isPath,
  isDate,
  isDateTime,
  isLocalDateTime,
  isDuration,
  isTime,
  isLocalTime,
  isPoint,
} from 'neo4j-driver';
import { Availability } from './availability';

import type { RequestScope } from '../requestScope';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
export type Run = (cypher: string, params?: Params) => Promise<Row[]>;

/** Called once per Cypher statement sent; tests use it to count round trips. */
export type QueryObserver = (cypher: string, params: Params) => void;

/** The statements sent on behalf of one request (see `countStatements`). */
const statementCounter = new AsyncLocalStorage<{ statements: number }>();

/** Runs `work` with a fresh count of the Cypher statements it sends (the request log's figure). */
export function countStatements<T>(work: () => T): T {
  return statementCounter.run({ statements: 0 }, work);
}

/** Statements sent so far inside the current `countStatements`, or null outside one. */
export function statementsSent(): number | null {
  return statementCounter.getStore()?.statements ?? null;
}

/** Turns driver values (nodes, relationships, temporal types) into plain JSON-able values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (isNode(value)) return { labels: value.labels, ...plainMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...plainMap(value.properties) };
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isDuration(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isPoint(value)
  ) {
    return value.toString();
  }
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return value;
}

function plainMap(map: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, v] of Object.entries(map)) out[key] = toPlain(v);
  return out;
}

/**
 * The only owner of the Neo4j driver: one per process. Reads run in read transactions
 * (routed to followers in a cluster), every statement gets a server-side timeout, and
 * every value comes out as plain JavaScript.
 */
export class Database {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    readonly timeoutMs: number,
    private readonly observers = new Set<QueryObserver>(),
    private readonly availability = new Availability(),
    private readonly scope?: RequestScope,
  ) {}

  /** The same database for one request: its reads stop when the request is stopped. */
  forRequest(scope: RequestScope): Database {
    return new Database(
      this.driver,
      this.database,
      this.timeoutMs,
      this.observers,
      this.availability,
      scope,
    );
  }

  static async connect(connection: Neo4jConnection, timeoutMs = 10000): Promise<Database> {
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        disableLosslessIntegers: true,
        userAgent: 'leshan-plan-graph',
        maxConnectionPoolSize: 50,
        // A dead or unreachable server fails a request within seconds (the defaults: 30 s
        // to connect, 60 s to get a pooled connection, 30 s of retries).
        connectionTimeout: 3000,
        connectionAcquisitionTimeout: 10000,
        maxTransactionRetryTime: 3000,
      },
    );
    try {
      await driver.verifyConnectivity({ database: connection.database });
    } catch (error) {
      await driver.close();
      throw new Error(
        `Neo4j at ${connection.uri} did not accept a connection: ${(error as Error).message}. ` +
          'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, and that the server is running.',
        { cause: error },
      );
    }
    return new Database(driver, connection.database, timeoutMs);
  }

  /** Set by the embedded Neo4j's supervisor: while false, statements fail at once, coded. */
  setAvailable(available: boolean): void {
    this.availability.set(available);
  }

  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  // The caller takes the counter in the request's own async context, before the driver's.
  private runner(tx: ManagedTransaction, counter?: { statements: number }): Run {
    return async (cypher, params = {}) => {
      if (counter) counter.statements += 1;
      for (const observer of this.observers) observer(cypher, params);
      const result = await tx.run(cypher, params);
      return result.records.map((record) => plainMap(record.toObject()));
    };
  }

  /** Fails at once, coded SERVICE_UNAVAILABLE, while Neo4j is down (see Availability). */
  read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.availability.guard(() => this.readInSession<T>(cypher, params));
  }

  private async readInSession<T>(cypher: string, params: Params): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const counter = statementCounter.getStore();
    const scope = this.scope;
    const work = () =>
      session.executeRead((tx) => this.runner(tx, counter)(cypher, params), {
        timeout: this.timeoutMs,
        ...(scope ? { metadata: { request: scope.id } } : {}),
      }) as Promise<T[]>;
    try {
      return scope ? await scope.run(session, work) : await work();
    } finally {
      // A stopped request's session is already closing (RESET); do not wait for Neo4j.
      if (scope?.error) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  async write<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.transaction((run) => run(cypher, params)) as Promise<T[]>;
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async transaction<T>(work: (run: Run) => Promise<T>, timeoutMs = 5 * 60000): Promise<T> {
    return this.availability.guard(() => this.transactionInSession(work, timeoutMs));
  }

  private async transactionInSession<T>(work: (run: Run) => Promise<T>, timeoutMs: number) {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const counter = statementCounter.getStore();
    try {
      return await session.executeWrite((tx) => work(this.runner(tx, counter)), {
        timeout: timeoutMs,
      });
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  /** The plan Neo4j would run `cypher` with (EXPLAIN: nothing is executed). */
  async explain(cypher: string, params: Params = {}): Promise<unknown> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, params));
      return result.summary.plan;
    } finally {
      await session.close();
    }
  }

  /** Neo4j answers within 2 s (the readiness probe never waits out driver retries). */
  async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer within 2 s')), 2000);
    });
    try {
      await Promise.race([this.read('RETURN 1 AS ok'), late]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
