import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';

/** What a request's Neo4j work can be stopped through: a driver session. */
interface Closable {
  close(): Promise<void>;
}

/**
 * One request's hold on Neo4j. Its transactions carry `{ request: id }` as metadata (so
 * `SHOW TRANSACTIONS` names them); `abort` — at the deadline, or when the answer grows
 * past its ceiling — fails every pending and later read at once and closes their
 * sessions, which makes the driver send Bolt RESET: Neo4j terminates the transaction.
 * (A statement still being *planned* stops only when planning ends; the input shape
 * limits keep planning short.)
 */
export class RequestScope {
  readonly id = randomUUID();
  private failure: GraphQLError | null = null;
  private readonly sessions = new Set<Closable>();
  private readonly aborted: Promise<never>;
  private rejectAborted!: (error: GraphQLError) => void;
  private readonly timer: NodeJS.Timeout;
  private bytes = 0;

  constructor(
    timeoutMs: number,
    private readonly onTimeout: () => GraphQLError,
    private readonly responseLimitBytes: number,
    private readonly onTooLarge: () => GraphQLError,
  ) {
    this.aborted = new Promise<never>((_, reject) => (this.rejectAborted = reject));
    this.aborted.catch(() => undefined);
    this.timer = setTimeout(() => this.abort(this.onTimeout()), timeoutMs);
    this.timer.unref();
  }

  /** Why the request was stopped, if it was. */
  get error(): GraphQLError | null {
    return this.failure;
  }

  abort(error: GraphQLError): void {
    if (this.failure) return;
    this.failure = error;
    clearTimeout(this.timer);
    this.rejectAborted(error);
    for (const session of this.sessions) session.close().catch(() => undefined);
    this.sessions.clear();
  }

  /** Runs `work` on `session`, unless or until the request is stopped. */
  async run<T>(session: Closable, work: () => Promise<T>): Promise<T> {
    if (this.failure) throw this.failure;
    this.sessions.add(session);
    try {
      return await Promise.race([work(), this.aborted]);
    } finally {
      this.sessions.delete(session);
    }
  }

  /** Counts bytes of the answer as it is built; past the ceiling the request stops. */
  spend(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.responseLimitBytes) this.abort(this.onTooLarge());
  }

  /** The request is answered: no deadline any more. */
  end(): void {
    clearTimeout(this.timer);
  }
}
