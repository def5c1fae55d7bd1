export type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';
export { nodeAttributes, edgeAttributes, type Attribute, type AttributeType } from './attributes';
export { toNodesCsv, toEdgesCsv } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toCytoscapeJson, type CytoscapeJson } from './cytoscape';
export {
  exportFormats,
  exportFormatNames,
  isExportFormatName,
  splitExportFileName,
  type ExportFormat,
  type ExportFormatName,
} from './formats';
export { exportBaseName, graphTitle, type DocumentSummary } from './naming';
export {
  readGraph,
  readNeighborhood,
  relationshipTypeList,
  type NeighborhoodOptions,
} from './read';
