import { createServer } from 'node:net';

/** True when `port` on `host` can be listened on now (checked before Neo4j is started). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, host, () => probe.close(() => resolvePort(true)));
  });
}
