/** `npm run schema:print`: writes the printed schema (src/printSchema.ts) to docs/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config';
import { printedSchema } from '../src/printSchema';

const target = join(projectRoot, 'docs', 'schema.graphql');
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
