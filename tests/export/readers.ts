import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import type { Attributes } from 'graphology-types';

/** An export as a reader of its format sees it. */
export interface ReadBack {
  nodeIds: string[];
  edgeCount: number;
  /** Each node's data by id (from a node file), as the reader typed it. */
  nodes: Map<string, Attributes>;
  /** Each edge's source, target and data (from an edge file). */
  edges: Attributes[];
}

function fromGraphology(graph: Graph): ReadBack {
  return {
    nodeIds: graph.nodes(),
    edgeCount: graph.size,
    nodes: new Map(graph.mapNodes((id, attributes) => [id, attributes])),
    edges: graph.mapEdges((_id, attributes, source, target) => ({
      ...attributes,
      source,
      target,
    })),
  };
}

function csvRows(body: Buffer): Record<string, string>[] {
  // Gephi and Excel need the BOM; csv-parse strips it with `bom: true`.
  if (!body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) {
    throw new Error('the CSV does not start with a UTF-8 byte order mark');
  }
  return parseCsv(body.toString('utf8'), { bom: true, columns: true });
}

/**
 * Reads an export back with a reader for its format: graphology-gexf and
 * graphology-graphml (which throw on an edge to a node the file lacks), Cytoscape.js
 * (headless) for Cytoscape JSON, csv-parse for the CSV lists.
 */
export function readBack(format: string, body: Buffer): ReadBack {
  const text = body.toString('utf8');
  switch (format) {
    case 'gexf':
      return fromGraphology(gexf.parse(Graph, text));
    case 'graphml':
      return fromGraphology(graphml.parse(Graph, text));
    case 'cyjs': {
      const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
      return {
        nodeIds: cy.nodes().map((node) => node.id()),
        edgeCount: cy.edges().length,
        nodes: new Map(cy.nodes().map((node) => [node.id(), node.data()])),
        edges: cy.edges().map((edge) => edge.data()),
      };
    }
    case 'nodes.csv': {
      const rows = csvRows(body);
      return {
        nodeIds: rows.map((row) => row.Id),
        edgeCount: 0,
        nodes: new Map(rows.map((row) => [row.Id, row])),
        edges: [],
      };
    }
    case 'edges.csv': {
      const rows = csvRows(body);
      return { nodeIds: [], edgeCount: rows.length, nodes: new Map(), edges: rows };
    }
    default:
      throw new Error(`no reader for ${format}`);
  }
}

/** Whether `python3` with NetworkX is on this machine (it cannot be installed by npm). */
export const hasNetworkx =
  spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

export interface NetworkxCounts {
  networkx: string;
  gexf: { nodes: number; edges: number };
  graphml: { nodes: number; edges: number };
  csv: { nodes: number; edges: number };
}

/**
 * What NetworkX reads from `<base>.gexf`, `<base>.graphml` and the CSV lists
 * (tests/export/networkx_counts.py), with the `python3` on PATH.
 */
export function networkxCounts(base: string): NetworkxCounts {
  const run = spawnSync('python3', [join(__dirname, 'networkx_counts.py'), base], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`networkx_counts.py failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}
