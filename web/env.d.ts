/** The cookbook queries, bundled by scripts/build-web.mjs from cookbook/*.graphql. */
declare module 'virtual:cookbook' {
  const tabs: { file: string; query: string; variables: string | null }[];
  export default tabs;
}

declare module '*.css';
