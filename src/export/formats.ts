import { toCytoscapeJson } from './cytoscape';
import { toEdgesCsv, toNodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { ExportGraph } from './model';

/** How one export format is named, served and written. */
export interface ExportFormat {
  /** The file-name suffix after the base name, e.g. `gexf` or `nodes.csv`. */
  suffix: string;
  contentType: string;
  serialize: (graph: ExportGraph) => string;
}

export const exportFormats = {
  gexf: {
    suffix: 'gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    serialize: (graph) => toGexf(graph),
  },
  graphml: {
    suffix: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    serialize: toGraphml,
  },
  cyjs: {
    suffix: 'cyjs',
    contentType: 'application/json; charset=utf-8',
    serialize: (graph) => JSON.stringify(toCytoscapeJson(graph), null, 1),
  },
  'nodes.csv': {
    suffix: 'nodes.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    serialize: toNodesCsv,
  },
  'edges.csv': {
    suffix: 'edges.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    serialize: toEdgesCsv,
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof exportFormats;

export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];

export function isExportFormatName(name: string): name is ExportFormatName {
  return Object.hasOwn(exportFormats, name);
}

/**
 * Splits a requested file name into its base and format: `graph.nodes.csv` is
 * `graph` + `nodes.csv`. Null when it ends in no known format.
 */
export function splitExportFileName(
  fileName: string,
): { base: string; format: ExportFormatName } | null {
  for (const format of exportFormatNames) {
    const suffix = `.${exportFormats[format].suffix}`;
    if (fileName.endsWith(suffix) && fileName.length > suffix.length) {
      return { base: fileName.slice(0, -suffix.length), format };
    }
  }
  return null;
}
