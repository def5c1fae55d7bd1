import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/config';

const modulesDir = join(projectRoot, 'src', 'modules');

/** Whether an import brings in a value at run time (not `import type`, not only `type` names). */
function importsValue(declaration: ts.ImportDeclaration): boolean {
  const clause = declaration.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.some((element) => !element.isTypeOnly);
}

/** Module folder → the other module folders its non-test files import values from. */
function folderDependencies(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of readdirSync(modulesDir)) {
    const dependencies = new Set<string>();
    for (const file of readdirSync(join(modulesDir, folder))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(join(modulesDir, folder, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022);
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !importsValue(statement)) continue;
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        const other = /^\.\.\/([a-z-]+)\//.exec(specifier)?.[1];
        if (other && other !== folder) dependencies.add(other);
      }
    }
    graph.set(folder, dependencies);
  }
  return graph;
}

/** One cycle of the graph as a path (a → b → a), or null when it has none. */
function cycleIn(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the module folders of src/modules', () => {
  it('import values from one another without a loop', () => {
    const graph = folderDependencies();
    expect(graph.size).toBeGreaterThan(5);
    expect(cycleIn(graph)).toBeNull();
  });

  it('finds a loop when there is one', () => {
    const loop = new Map([
      ['entity', new Set(['document'])],
      ['document', new Set(['entity'])],
    ]);
    expect(cycleIn(loop)).toEqual(['entity', 'document', 'entity']);
  });
});
