import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { ConfigError, readConfig } from '../config';
import { RESEARCH_LIMITS } from '../modules/research/limits';
import { planNeighborhood } from '../modules/research/slices';
import { connectNeo4j, Neo4jStartError } from '../neo4j';
import { ensureSeeded } from '../seed';
import { exportFormats, isExportFormatName, type ExportFormatName } from './formats';
import type { ExportGraph } from './model';
import { readGraph, readNeighborhood, relationshipTypeList } from './read';

const usage = `Exports the graph for Gephi, Cytoscape, yEd or NetworkX.

usage: npm run export -- --format <format> [--neighborhood <id> [--depth <n>] [--types <A,B>]] [--out <file>]

  --format        gexf | graphml | cyjs | nodes.csv | edges.csv | csv (both CSV lists)
  --neighborhood  export only this entity's neighbourhood, e.g. AdminDivision:犍为县
  --depth         hops from that entity, 1 to ${RESEARCH_LIMITS.neighborhoodDepth} (default 1)
  --types         relationship types to follow, comma-separated (default: those
                  between entities, as the GraphQL neighborhood follows)
  --out           the file to write; standard output when absent. For csv, the base
                  name: <out>.nodes.csv and <out>.edges.csv (default <slug>-graph, or
                  <slug>-neighborhood-<id>-depth<n>, <slug> being the report's, e.g.
                  leshan-2025)

The database is NEO4J_URI; when it is unset, the embedded Neo4j of the server running on
NEO4J_DATA_DIR (npm start), else an embedded Neo4j of its own, as npm start would start.`;

class UsageError extends Error {
  override name = 'UsageError';
}

interface ExportRequest {
  formats: ExportFormatName[];
  neighborhood: string | null;
  depth: number;
  relationshipTypes: string[] | null;
  out: string | null;
}

export function parseExportArguments(argv: string[]): ExportRequest | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f' },
      neighborhood: { type: 'string', short: 'n' },
      depth: { type: 'string', short: 'd' },
      types: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const format = values.format;
  if (!format) throw new UsageError('--format is required.');
  const formats: ExportFormatName[] =
    format === 'csv' ? ['nodes.csv', 'edges.csv'] : isExportFormatName(format) ? [format] : [];
  if (formats.length === 0)
    throw new UsageError(
      `--format ${format} is not one of gexf, graphml, cyjs, nodes.csv, edges.csv, csv.`,
    );
  if ((values.depth !== undefined || values.types !== undefined) && !values.neighborhood) {
    throw new UsageError('--depth and --types need --neighborhood.');
  }
  const depth = values.depth === undefined ? 1 : Number(values.depth);
  const relationshipTypes = relationshipTypeList(values.types);
  if (values.neighborhood) {
    // Checked as the GraphQL neighborhood checks them, before Neo4j is started.
    try {
      planNeighborhood({ id: values.neighborhood, depth, relationshipTypes });
    } catch (error) {
      if (error instanceof GraphQLError) throw new UsageError(error.message);
      throw error;
    }
  }
  return {
    formats,
    neighborhood: values.neighborhood ?? null,
    depth,
    relationshipTypes,
    out: values.out ?? null,
  };
}

function write(graph: ExportGraph, request: ExportRequest): void {
  if (request.formats.length > 1) {
    const base = request.out ?? graph.baseName;
    for (const format of request.formats) {
      const file = `${base}.${exportFormats[format].suffix}`;
      writeFileSync(file, exportFormats[format].serialize(graph));
      console.error(`wrote ${file}`);
    }
    return;
  }
  const [format] = request.formats;
  const body = exportFormats[format].serialize(graph);
  if (request.out) {
    writeFileSync(request.out, body);
    console.error(`wrote ${request.out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
  } else {
    process.stdout.write(body);
  }
}

async function main(argv: string[]): Promise<void> {
  const request = parseExportArguments(argv);
  if (request === 'help') {
    console.log(usage);
    return;
  }
  const config = readConfig();
  // Next to a running `npm start`, its database (never a second Neo4j on its store).
  const neo4j = await connectNeo4j(config, { share: true });
  try {
    if (config.seedOnStart && !neo4j.shared) await ensureSeeded(neo4j.db);
    const graph = request.neighborhood
      ? await readNeighborhood(neo4j.db, request.neighborhood, {
          depth: request.depth,
          relationshipTypes: request.relationshipTypes,
        })
      : await readGraph(neo4j.db);
    write(graph, request);
  } finally {
    await neo4j.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`error: ${error.message}\n\n${usage}`);
      process.exit(2);
    }
    // The GraphQL neighborhood's own errors, such as NOT_FOUND for an unknown id.
    if (error instanceof GraphQLError) {
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    if (error instanceof ConfigError || error instanceof Neo4jStartError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error('error:', error);
    }
    process.exit(1);
  });
}
