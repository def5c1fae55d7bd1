import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from './config';

/**
 * Security headers on every response (helmet's defaults: nosniff, Referrer-Policy,
 * frame and HSTS headers, a default CSP that the pages replace with their own in
 * src/web/router.ts), and CORS for the origins in CORS_ORIGINS only — none by default.
 */
export function httpHeaders(config: Config): RequestHandler[] {
  const handlers: RequestHandler[] = [helmet()];
  if (config.corsOrigins.length > 0) handlers.push(cors({ origin: config.corsOrigins }));
  return handlers;
}
