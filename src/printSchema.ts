import { printSchema } from 'graphql';
import { buildSchema } from './server';

/**
 * The whole API as one SDL file for consumers (docs/schema.graphql), in the order of
 * schema/*.graphql (files by name, definitions as written), so it reads like the sources.
 * `npm run schema:print` writes it; a test fails when the committed copy drifts.
 */
export function printedSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}
