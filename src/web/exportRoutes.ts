import { Router, type Request, type Response } from 'express';
import {
  exportBaseName,
  exportFormats,
  MAX_NEIGHBORHOOD_DEPTH,
  parseRelationshipTypes,
  readGraph,
  readNeighborhood,
  splitExportFileName,
  type ExportFormatName,
  type ExportGraph,
} from '../export';
import type { Database } from '../neo4j';

function sendExport(res: Response, graph: ExportGraph, baseName: string, format: ExportFormatName) {
  const { suffix, contentType, serialize } = exportFormats[format];
  const body = serialize(graph);
  // res.attachment writes both filename (ASCII fallback) and filename* (UTF-8), so a
  // Chinese id survives into the saved file's name.
  res.attachment(`${baseName}.${suffix}`);
  res.type(contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
}

function fail(res: Response, status: number, message: string) {
  res.status(status).json({ error: message });
}

const formatList = Object.values(exportFormats)
  .map((format) => format.suffix)
  .join(', ');

/**
 * Downloads of the graph: `/export/graph.<format>` (everything) and
 * `/export/neighborhood/<id>.<format>?depth=N&types=A,B` (one node's neighbourhood over
 * the relationships between entities, or over the listed types), where format is gexf,
 * graphml, cyjs, nodes.csv or edges.csv.
 */
export function exportRoutes(db: Database): Router {
  const router = Router();

  router.get('/export/graph.:format', async (req: Request, res: Response) => {
    const split = splitExportFileName(`graph.${req.params.format}`);
    if (!split) return fail(res, 404, `Unknown export format; use one of ${formatList}.`);
    try {
      sendExport(res, await readGraph(db), exportBaseName(null), split.format);
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
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) {
      return fail(res, 400, `depth must be a whole number from 1 to ${MAX_NEIGHBORHOOD_DEPTH}.`);
    }
    let relationshipTypes: string[] | null;
    try {
      relationshipTypes = parseRelationshipTypes(
        typeof req.query.types === 'string' ? req.query.types : null,
      );
    } catch (error) {
      return fail(res, 400, (error as Error).message);
    }
    try {
      const graph = await readNeighborhood(db, split.base, { depth, relationshipTypes });
      if (!graph) return fail(res, 404, `No node has the id ${split.base}.`);
      sendExport(res, graph, exportBaseName(split.base, depth), split.format);
    } catch (error) {
      console.error(`export of the neighbourhood of ${split.base} failed:`, error);
      fail(res, 500, 'The export failed; see the server log.');
    }
  });

  return router;
}
