import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { projectRoot } from '../config';
import type { Database } from '../neo4j';
import { exportRoutes } from './exportRoutes';

export interface WebRouterOptions {
  db: Database;
  /** Where scripts/build-web.mjs wrote the pages; web/dist by default. */
  distDir?: string;
}

export const defaultDistDir = join(projectRoot, 'web', 'dist');

// The pages bundle everything they load, so the browser may refuse anything from
// elsewhere: a stray CDN font or script fails loudly instead of leaking a request.
// Monaco and React set inline styles; Monaco's icon font may come as a data: URL.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * True when a browser navigates to the URL: it prefers HTML to JSON. GraphQL clients
 * (`application/json`, `application/graphql-response+json`, `*\/*`) do not.
 */
export function wantsHtml(req: Request): boolean {
  return (
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) ===
    'text/html'
  );
}

/**
 * The browser side of the server: the GraphiQL playground at `/` (and at `/graphql`
 * when a browser asks for HTML), the graph explorer at `/explorer`, their bundled
 * assets, and the graph downloads under `/export`. Mount it before `/graphql`; it
 * passes every GraphQL request (POST, or GET asking for JSON) on to Apollo.
 */
export function webRouter({ db, distDir = defaultDistDir }: WebRouterOptions): Router {
  const router = Router();

  const page = (name: 'playground' | 'explorer') => (_req: Request, res: Response) => {
    const file = join(distDir, name, 'index.html');
    if (!existsSync(file)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          `The ${name} page was not built. Run \`npm run build-web\` (it needs the dev dependencies).\n`,
        );
      return;
    }
    res.setHeader('Content-Security-Policy', contentSecurityPolicy);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(file);
  };

  router.get('/', page('playground'));
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (wantsHtml(req)) return page('playground')(req, res);
    next();
  });
  router.get(['/explorer', '/explorer/'], page('explorer'));

  const assets = (name: string) =>
    express.static(join(distDir, name), {
      index: false,
      redirect: false,
      // Chunk and asset names carry a content hash; entry files keep their names.
      setHeaders(res, path) {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // A worker script runs under the policy of its own response, not the page's.
        res.setHeader('Content-Security-Policy', contentSecurityPolicy);
        const hashed = /[/\\](chunks|assets)[/\\]/.test(path);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  router.use('/playground', assets('playground'));
  router.use('/explorer', assets('explorer'));
  router.use(['/playground', '/explorer'], (_req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found\n');
  });

  router.use(exportRoutes(db));
  return router;
}
