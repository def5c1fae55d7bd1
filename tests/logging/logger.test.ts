import { Writable } from 'node:stream';
import { createLogger, redactUri } from '../../src/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(stream, { LOG_LEVEL: 'info' }) };
}

describe('the logger', () => {
  it('redacts the password of a URI, wherever it appears', () => {
    expect(redactUri('at bolt://neo4j:s3cret@db.example:7687 now')).toBe(
      'at bolt://neo4j:***@db.example:7687 now',
    );
    expect(redactUri('neo4j+s://u:p@x.databases.neo4j.io')).toBe(
      'neo4j+s://u:***@x.databases.neo4j.io',
    );
    expect(redactUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
  });

  it('writes JSON lines with a level and time, and leaks no credential', () => {
    const { lines, logger } = capture();
    logger.info('neo4j: external at bolt://neo4j:s3cret@db:7687');
    logger.warn({ neo4j: { uri: 'bolt://db', password: 's3cret' } }, 'connecting');
    logger.error(new Error('Neo4j at bolt://neo4j:s3cret@db:7687 refused'), 'failed');
    logger.debug('not at info level');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.level)).toEqual([30, 40, 50]);
    expect(typeof lines[0].time).toBe('number');
    expect(lines[0].msg).toBe('neo4j: external at bolt://neo4j:***@db:7687');
    expect(JSON.stringify(lines)).not.toContain('s3cret');
    expect((lines[2].err as { message: string }).message).toBe(
      'Neo4j at bolt://neo4j:***@db:7687 refused',
    );
  });

  it('takes its level from LOG_LEVEL', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger(stream, { LOG_LEVEL: 'error' });
    logger.warn('hidden');
    logger.error('shown');
    expect(lines).toHaveLength(1);
    // Without LOG_LEVEL: warn inside a test file (a process it spawns gets info).
    expect(createLogger(stream, {}).level).toBe('warn');
  });
});
