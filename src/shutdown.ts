import type { Server } from 'node:http';

/**
 * Counts the requests `server` is answering, so shutdown can wait for them: `drain` stops
 * accepting connections, closes idle ones, and resolves when the last request in flight
 * has been answered, or after `graceMs` (requests end by their own deadline well before).
 */
export function trackRequests(server: Server) {
  let inFlight = 0;
  let idle: (() => void) | null = null;
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
  });
  return {
    get inFlight() {
      return inFlight;
    },
    async drain(graceMs: number): Promise<number> {
      server.close();
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolveDrain) => {
          idle = resolveDrain;
          timer = setTimeout(resolveDrain, graceMs);
        });
        clearTimeout(timer);
      }
      return inFlight;
    },
  };
}
