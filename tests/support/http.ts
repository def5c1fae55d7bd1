import { request } from 'node:http';

/**
 * How long a request may wait with no byte moving before it fails with its URL in the
 * message: above what one request of the API takes on a busy machine (a few Neo4j
 * transactions of at most QUERY_TIMEOUT_MS = 10 s each), below Jest's 60 s test timeout,
 * so a stuck server names itself instead of timing the test out.
 */
export const IDLE_TIMEOUT_MS = 45_000;

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * The part of `fetch` the tests use, for servers on this machine, on a fresh connection
 * per request (no agent, `Connection: close`).
 *
 * The global fetch keeps connections alive and reuses one when it thinks the server still
 * holds it open (up to 4 s after the server's `Keep-Alive: timeout=5`). When the test's
 * event loop stalls for a second or two — a busy machine, a large download parsed
 * synchronously — the server, in the same process, closes that connection just as the
 * next request is written on it, and the request fails with ECONNRESET. A connection per
 * request has nothing to race with; on loopback it costs well under a millisecond.
 */
export function fetch(url: string | URL, init: FetchInit = {}): Promise<Response> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: '*/*', ...init.headers };
  if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false, timeout: IDLE_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => {
        const status = res.statusCode ?? 0;
        const answer = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          answer.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const noBody = method === 'HEAD' || [204, 205, 304].includes(status);
        resolve(
          new Response(noBody ? null : Buffer.concat(chunks), {
            status,
            statusText: res.statusMessage,
            headers: answer,
          }),
        );
      });
    });
    req.once('timeout', () =>
      req.destroy(new Error(`${method} ${url}: no answer within ${IDLE_TIMEOUT_MS} ms`)),
    );
    req.once('error', reject);
    req.end(init.body);
  });
}
