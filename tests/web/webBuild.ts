import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config';

/** Builds web/dist/ when a source changed since the last build (a no-op otherwise). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-web.mjs')], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
