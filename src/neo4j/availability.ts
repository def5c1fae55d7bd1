import { serviceUnavailable } from '../errors';

/** What a request gets while Neo4j is known to be down (the supervisor says so). */
function neo4jDown() {
  return serviceUnavailable(
    'The database is not available right now (it is restarting). Retry in a few seconds.',
  );
}

/**
 * The driver's own "cannot reach the server" errors (after its connection, acquisition
 * and retry timeouts) become SERVICE_UNAVAILABLE; any other error is returned as it is.
 */
function asUnavailable(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unreachable =
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (typeof message === 'string' && message.startsWith('Connection acquisition timed out'));
  return unreachable
    ? serviceUnavailable(
        'The database did not answer in time (it may be down or overloaded). Retry in a few seconds.',
      )
    : error;
}

/**
 * Whether Neo4j is up, as its supervisor last said. While it is down, work fails at once;
 * when it goes down, work in flight fails at once too, instead of waiting out the driver's
 * retries (its sessions are closed in the background when the driver gives up).
 */
export class Availability {
  private up = true;
  private readonly inFlight = new Set<(error: unknown) => void>();

  set(up: boolean): void {
    this.up = up;
    if (up) return;
    for (const fail of this.inFlight) fail(neo4jDown());
    this.inFlight.clear();
  }

  async guard<T>(work: () => Promise<T>): Promise<T> {
    if (!this.up) throw neo4jDown();
    let fail!: (error: unknown) => void;
    const down = new Promise<never>((_, reject) => (fail = reject));
    this.inFlight.add(fail);
    try {
      return await Promise.race([work(), down]);
    } catch (error) {
      throw asUnavailable(error);
    } finally {
      this.inFlight.delete(fail);
    }
  }
}
