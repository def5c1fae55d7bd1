import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackRequests } from '../../src/shutdown';

/** A server whose every answer takes `ms`. */
async function slowServer(ms: number): Promise<{ server: Server; port: number }> {
  const server = createServer((_req, res) => {
    const timer = setTimeout(() => res.end('done'), ms);
    res.once('close', () => clearTimeout(timer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number): Promise<string> {
  return new Promise((resolveGet, reject) => {
    request({ host: '127.0.0.1', port, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolveGet(`${res.statusCode} ${body}`));
    })
      .once('error', reject)
      .end();
  });
}

describe('trackRequests', () => {
  it('drains: refuses new connections, waits for the request in flight, then resolves', async () => {
    const { server, port } = await slowServer(1200);
    const requests = trackRequests(server);
    const answer = get(port);
    await new Promise((r) => setTimeout(r, 200));
    expect(requests.inFlight).toBe(1);
    const started = Date.now();
    const cut = await Promise.all([requests.drain(10000), get(port).catch((e: Error) => e)]);
    expect(cut[0]).toBe(0);
    expect((cut[1] as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(await answer).toBe('200 done');
  });

  it('gives up after the grace period and says how many requests it cut', async () => {
    const { server, port } = await slowServer(3000);
    const requests = trackRequests(server);
    const answer = get(port);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    expect(await requests.drain(300)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
    server.closeAllConnections();
    await answer.catch(() => undefined);
  });

  it('resolves at once when nothing is in flight', async () => {
    const { server } = await slowServer(10);
    const started = Date.now();
    expect(await trackRequests(server).drain(10000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
