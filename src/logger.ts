import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** `bolt://neo4j:secret@host` → `bolt://neo4j:***@host`, anywhere in a text. */
export function redactUri(text: string): string {
  return text.replace(/(\/\/[^:/@\s]*):[^@/\s]*@/g, '$1:***@');
}

const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * LOG_LEVEL, else `info`; inside a Jest test file `warn`, so test runs are not flooded
 * with request lines (Jest does not capture what is written to fd 2 directly). Jest hands
 * each module it loads a `jest` object; a server process a test spawns has none (but
 * inherits JEST_WORKER_ID), so it logs at `info` like any other.
 */
function level(env: NodeJS.ProcessEnv): Level | 'silent' {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (raw && LEVELS.includes(raw)) return raw as Level;
  return typeof jest === 'undefined' ? 'info' : 'warn';
}

/** Pretty lines on a terminal, one JSON object per line otherwise (both synchronous, on stderr). */
function stderr(): DestinationStream {
  return process.stderr.isTTY
    ? pretty({
        destination: 2,
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname',
      })
    : pino.destination({ dest: 2, sync: true });
}

/**
 * The process's logger. Every string argument and error passes through `redactUri`, and
 * password-like keys are censored, so no credential reaches the log.
 */
export function createLogger(
  destination: DestinationStream = stderr(),
  env: NodeJS.ProcessEnv = process.env,
): Logger {
  return pino(
    {
      level: level(env),
      base: { pid: process.pid },
      redact: { paths: ['password', '*.password', 'auth', '*.auth'], censor: '***' },
      serializers: {
        err: (error: Error) => {
          const serialized = pino.stdSerializers.err(error);
          return {
            ...serialized,
            message: redactUri(serialized.message),
            stack: redactUri(serialized.stack),
          };
        },
      },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((arg: unknown) =>
            typeof arg === 'string' ? redactUri(arg) : arg,
          ) as Parameters<typeof method>;
          method.apply(this, redacted);
        },
      },
    },
    destination,
  );
}

export const logger = createLogger();
