import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import {
  exportFormats,
  readGraph,
  readNeighborhood,
  relationshipTypeList,
  splitExportFileName,
  type ExportFormatName,
  type ExportGraph,
} from '../export';
import type { Database } from '../neo4j';

function sendExport(res: Response, graph: ExportGraph, format: ExportFormatName) {
  const { suffix, contentType, serialize } = exportFormats[format];
  const body = serialize(graph);
  // res.attachment writes both filename (ASCII fallback) and filename* (UTF-8), so a
  // Chinese id survives into the saved file's name.
  res.attachment(`${graph.baseName}.${suffix}`);
  res.type(contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
}

function fail(res: Response, status: number, message: string) {
  res.status(status).json({ error: message });
}

/**
 * The GraphQL `neighborhood`'s own errors, with its message and extensions (`code`, and
 * `limit` or `argument` where it has them): NOT_FOUND is 404, a bad argument 400.
 */
function failAsGraphQL(res: Response, error: GraphQLError) {
  const status = error.extensions.code === ErrorCode.NotFound ? 404 : 400;
  res.status(status).json({ error: error.message, ...error.extensions });
}

function isDeliberate(error: unknown): error is GraphQLError {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' && code !== ErrorCode.Internal;
}

const formatList = Object.values(exportFormats)
  .map((format) => format.suffix)
  .join(', ');

/**
 * Downloads of the graph: `/export/graph.<format>` (everything) and
 * `/export/neighborhood/<id>.<format>?depth=N&types=A,B` (one entity's neighbourhood over
 * the relationships between entities, or over the listed types, as the GraphQL
 * `neighborhood` finds it and with its errors), where format is gexf, graphml, cyjs,
 * nodes.csv or edges.csv.
 */
export function exportRoutes(db: Database): Router {
  const router = Router();

  router.get('/export/graph.:format', async (req: Request, res: Response) => {
    const split = splitExportFileName(`graph.${req.params.format}`);
    if (!split) return fail(res, 404, `Unknown export format; use one of ${formatList}.`);
    try {
      sendExport(res, await readGraph(db), split.format);
    } catch (error) {
      console.error('export of the graph failed:', error);
      fail(res, 500, 'The export failed; see the server log.');
    }
  });

  router.get('/export/neighborhood/:file', async (req: Request, res: Response) => {
    const split = splitExportFileName(String(req.params.file));
    if (!split)
      return fail(
        res,
        404,
        `Unknown export format; name the file <id>.<format> with format one of ${formatList}.`,
      );
    const depth = req.query.depth === undefined ? 1 : Number(req.query.depth);
    const types = relationshipTypeList(
      typeof req.query.types === 'string' ? req.query.types : null,
    );
    try {
      const graph = await readNeighborhood(db, split.base, { depth, relationshipTypes: types });
      sendExport(res, graph, split.format);
    } catch (error) {
      if (isDeliberate(error)) return failAsGraphQL(res, error);
      console.error(`export of the neighbourhood of ${split.base} failed:`, error);
      fail(res, 500, 'The export failed; see the server log.');
    }
  });

  return router;
}
