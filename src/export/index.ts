export type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';
export { nodeAttributes, edgeAttributes, type Attribute, type AttributeType } from './attributes';
export { toNodesCsv, toEdgesCsv } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toCytoscapeJson, type CytoscapeJson } from './cytoscape';
export {
  exportBaseName,
  exportFormats,
  exportFormatNames,
  isExportFormatName,
  splitExportFileName,
  type ExportFormat,
  type ExportFormatName,
} from './formats';
export {
  readGraph,
  readNeighborhood,
  displayLabel,
  MAX_NEIGHBORHOOD_DEPTH,
  DEFAULT_MAX_NODES,
  NEIGHBORHOOD_RELATIONSHIP_TYPES,
  FOLLOWABLE_RELATIONSHIP_TYPES,
  parseRelationshipTypes,
  UnknownRelationshipTypeError,
  type NeighborhoodOptions,
} from './read';
