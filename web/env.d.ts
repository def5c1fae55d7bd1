/** The cookbook queries, bundled by scripts/build-web.mjs from cookbook/*.graphql. */
declare module 'virtual:cookbook' {
  const tabs: { file: string; query: string; variables: string | null }[];
  export default tabs;
}

declare module '*.css';

/** fCoSE ships no types: a Cytoscape extension to pass to `cytoscape.use`. */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
