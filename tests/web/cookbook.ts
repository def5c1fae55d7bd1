import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { projectRoot } from '../../src/config';
import { loadTypeDefs } from '../../src/schema';

export const cookbookDir = join(projectRoot, 'cookbook');

export interface CookbookEntry {
  /** The file name, e.g. `03-footnoted-programs.graphql`. */
  file: string;
  query: string;
  /** The parsed variables file; null when there is none. */
  variables: Record<string, unknown> | null;
}

/** The cookbook as the playground bundles it: each query with its variables, in file order. */
export function readCookbook(): CookbookEntry[] {
  return readdirSync(cookbookDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const variablesFile = join(cookbookDir, file.replace(/\.graphql$/, '.variables.json'));
      return {
        file,
        query: readFileSync(join(cookbookDir, file), 'utf8'),
        variables: existsSync(variablesFile)
          ? JSON.parse(readFileSync(variablesFile, 'utf8'))
          : null,
      };
    });
}

/** The served schema's types (schema/*.graphql merged as the server merges them), no resolvers. */
export function servedSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs() });
}
