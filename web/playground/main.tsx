import './monacoWorkers';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './playground.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import cookbook from 'virtual:cookbook';
import { cookbookStorage } from './cookbookStorage';

/**
 * Apollo's CSRF rule wants a JSON content type on every POST, which this sends, with
 * whatever the headers editor adds.
 */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...(options?.headers as Record<string, string> | undefined),
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

// GraphiQL expects at least one tab when it is given a list.
const defaultTabs = cookbook.length
  ? cookbook.map((tab) => ({ query: tab.query, variables: tab.variables }))
  : undefined;
const explorer = explorerPlugin();
const storage = cookbookStorage();

// GraphiQL fills the first tab's query from defaultTabs but not its variables; on a first
// visit (no tabs stored yet) hand them over as the initial variables.
const initialVariables =
  defaultTabs && storage.getItem('graphiql:tabs') === null
    ? (defaultTabs[0].variables ?? undefined)
    : undefined;

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      plugins={[explorer]}
      storage={storage}
      initialVariables={initialVariables}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a className="leshan-logo" href="/explorer" title="Open the graph explorer">
          乐山 plan graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
