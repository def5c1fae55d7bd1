import './explorer.css';
import * as api from './api';
import { byId, h } from './dom';
import { evidenceBlock, mentionBlock } from './evidence';
import { typeColor } from '../../src/export/palette';
import { GraphView, legendTypes, type LabelLanguage } from './graphView';
import { shortestPaths, type Path } from './paths';

const exportFormats = [
  ['gexf', 'GEXF'],
  ['graphml', 'GraphML'],
  ['cyjs', 'Cytoscape JSON'],
  ['nodes.csv', 'CSV nodes'],
  ['edges.csv', 'CSV edges'],
] as const;

const status = byId('status');
const details = byId('details');
const results = byId<HTMLOListElement>('search-results');
const pathResult = byId('path-result');
const expanded = new Set<string>();
// Each entity's names and mentions, fetched once.
const entityDetails = new Map<string, api.EntityDetails | null>();
let language: LabelLanguage = 'zh';
// Redraw the details panel, the search results and the paths in the other language when
// the labels switch.
let redrawDetails: (() => void) | null = null;
let redrawResults: (() => void) | null = null;
let redrawPaths: (() => void) | null = null;

const view = new GraphView(byId('graph'), {
  onNodeTap: (id) => void openNode(id),
  onEdgeTap: (id) => showEdge(id),
  onMoreTap: (anchor) => showMore(anchor),
  onBackgroundTap: () => view.clearHighlight(),
});
// The Cytoscape instance, for the browser test and for readers at the console.
(window as unknown as { explorerGraph: typeof view.cy }).explorerGraph = view.cy;

function say(message: string, kind: 'info' | 'error' = 'info') {
  status.textContent = message;
  status.className = kind;
}

async function guarded(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), 'error');
  }
}

function typeBadge(type: string) {
  return h('span', { class: 'type', style: `--type-color: ${typeColor(type)}` }, type);
}

function entityName(entity: api.EntitySummary) {
  const [primary, secondary] =
    language === 'en' ? [entity.nameEn || entity.name, entity.name] : [entity.name, entity.nameEn];
  return h(
    'span',
    { class: 'entity-name' },
    h('span', { lang: language === 'en' && entity.nameEn ? 'en' : 'zh-Hans' }, primary),
    secondary && secondary !== primary ? h('span', { class: 'secondary' }, ` ${secondary}`) : null,
  );
}

function downloads(base: string, query = '') {
  return h(
    'ul',
    { class: 'downloads' },
    ...exportFormats.map(([suffix, title]) =>
      h('li', {}, h('a', { href: `${base}.${suffix}${query}`, download: '' }, title)),
    ),
  );
}

/** Loads an entity's neighbourhood into the graph (once) and shows its details. */
async function openNode(id: string, { fresh = false } = {}) {
  await guarded(async () => {
    if (fresh) {
      view.clear();
      expanded.clear();
      pathResult.replaceChildren();
      redrawPaths = null;
    }
    view.select(id);
    if (!expanded.has(id)) {
      say(`Loading the neighbourhood of ${view.label(id)}…`);
      const slice = await api.neighborhood(id, 1);
      const added = view.merge(slice, id, { collapse: true });
      expanded.add(id);
      view.markExpanded(id);
      if (fresh) view.markCentre(id);
      view.select(id);
      const hidden = view.hiddenNear(id);
      say(
        `${view.label(id)}: ${added} new node${added === 1 ? '' : 's'}` +
          (hidden ? `, ${hidden} more behind “show more”` : '') +
          `; ${view.size} shown. Click a node to expand it.`,
      );
    }
    await showNode(id);
  });
}

/** Shows the next batch of a node's hidden neighbours. */
function showMore(anchor: string) {
  const added = view.showMore(anchor);
  const hidden = view.hiddenNear(anchor);
  say(
    `${view.label(anchor)}: ${added} more shown` +
      (hidden ? `, ${hidden} still hidden` : '') +
      `; ${view.size} shown.`,
  );
  redrawDetails?.();
}

async function showNode(id: string) {
  const redrawn = () => void showNode(id);
  redrawDetails = redrawn;
  const summary = view.entity(id);
  const relationships = view.edgesOf(id);
  details.replaceChildren(
    h(
      'header',
      {},
      h('h2', {}, summary ? entityName(summary) : id),
      summary
        ? h('p', { class: 'meta' }, typeBadge(summary.type), summary.kind ? ` ${summary.kind}` : '')
        : null,
      h('p', { class: 'id' }, h('code', {}, id)),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => setPathEnd('from', id) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => setPathEnd('to', id) }, 'Path to here'),
      view.hiddenNear(id)
        ? h(
            'button',
            { type: 'button', class: 'show-more', onclick: () => showMore(id) },
            `Show ${Math.min(15, view.hiddenNear(id))} more of ${view.hiddenNear(id)} hidden`,
          )
        : null,
    ),
    h(
      'section',
      { class: 'relationships', 'data-testid': 'relationships' },
      h('h3', {}, `Relationships shown (${relationships.length})`),
      ...relationships.map((edge) => {
        const outgoing = edge.source === id;
        const other = outgoing ? edge.target : edge.source;
        return h(
          'article',
          { class: 'relationship' },
          h(
            'p',
            { class: 'relation' },
            outgoing ? '→ ' : '← ',
            h('strong', {}, edge.type),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-node-id': other,
                onclick: () => void openNode(other),
              },
              view.label(other),
            ),
          ),
          evidenceBlock(edge.evidence),
        );
      }),
    ),
    h(
      'section',
      { class: 'mentions', id: 'mentions' },
      h('h3', {}, 'Mentions'),
      h('p', {}, 'Loading…'),
    ),
    h(
      'section',
      {},
      h('h3', {}, 'Download this neighbourhood (depth 2)'),
      downloads(`/export/neighborhood/${encodeURIComponent(id)}`, '?depth=2'),
    ),
  );
  const mentions = byId('mentions');
  try {
    if (!entityDetails.has(id)) entityDetails.set(id, await api.entity(id));
    const entity = entityDetails.get(id) ?? null;
    if (redrawn !== redrawDetails) return;
    if (!entity) {
      mentions.replaceChildren(h('h3', {}, 'Mentions'), h('p', {}, 'Not an entity.'));
      return;
    }
    mentions.replaceChildren(
      h('h3', {}, `Mentions (${entity.mentionCount})`),
      h(
        'p',
        { class: 'aliases' },
        entity.aliases.length ? `Also written: ${entity.aliases.join('、')}` : '',
      ),
      ...entity.mentions.map((mention) => mentionBlock(mention)),
      h(
        'p',
        { class: 'more' },
        entity.mentionCount > entity.mentions.length
          ? `…and ${entity.mentionCount - entity.mentions.length} more.`
          : '',
      ),
    );
  } catch (error) {
    mentions.replaceChildren(
      h('h3', {}, 'Mentions'),
      h('p', { class: 'error' }, String((error as Error).message)),
    );
  }
}

function showEdge(id: string) {
  const edge = view.edge(id);
  if (!edge) return;
  redrawDetails = () => showEdge(id);
  view.select(id);
  details.replaceChildren(
    h(
      'header',
      {},
      h('h2', {}, h('strong', {}, edge.type)),
      h(
        'p',
        { class: 'relation' },
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => void openNode(edge.source) },
          view.label(edge.source),
        ),
        ` ${edge.type} `,
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => void openNode(edge.target) },
          view.label(edge.target),
        ),
      ),
      h('p', { class: 'id' }, h('code', {}, edge.id)),
    ),
    h(
      'section',
      { 'data-testid': 'edge-evidence' },
      h('h3', {}, 'Evidence'),
      evidenceBlock(edge.evidence),
    ),
  );
}

function showHits(hits: api.SearchHit[]) {
  redrawResults = () => showHits(hits);
  results.replaceChildren(
    ...hits.map((hit) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'hit',
            onclick: () => void openNode(hit.entity.id, { fresh: true }),
          },
          typeBadge(hit.entity.type),
          ' ',
          entityName(hit.entity),
        ),
      ),
    ),
  );
}

async function runSearch(text: string) {
  await guarded(async () => {
    if (!text.trim()) return;
    say(`Searching for ${text}…`);
    const hits = await api.search(text.trim());
    showHits(hits);
    say(
      hits.length
        ? `${hits.length} match${hits.length === 1 ? '' : 'es'} for ${text}.`
        : `Nothing matches ${text}.`,
    );
  });
}

const pathIds: { from: string | null; to: string | null } = { from: null, to: null };

function setPathEnd(end: 'from' | 'to', id: string) {
  pathIds[end] = id;
  byId<HTMLInputElement>(`path-${end}`).value = view.label(id);
}

async function resolve(end: 'from' | 'to'): Promise<string | null> {
  const input = byId<HTMLInputElement>(`path-${end}`);
  if (pathIds[end] && view.label(pathIds[end]!) === input.value) return pathIds[end];
  const [hit] = await api.search(input.value.trim(), 1);
  if (!hit) return null;
  pathIds[end] = hit.entity.id;
  return hit.entity.id;
}

/** One hop of a path as text: `A —TYPE→ B`, or `A ←TYPE— B` against the edge's direction. */
function hopText(path: Path, index: number): string {
  const edge = path.edges[index];
  const [from, to] = [path.nodes[index], path.nodes[index + 1]];
  const arrow = edge.source === from ? `—${edge.type}→` : `←${edge.type}—`;
  return `${view.label(from)} ${arrow} ${view.label(to)}`;
}

/** Lists the paths, each highlighted on its own when picked; `active` is highlighted now. */
function showPaths(paths: Path[], active: number) {
  redrawPaths = () => showPaths(paths, active);
  const path = paths[active];
  view.highlight([...path.nodes, ...path.edges.map((edge) => edge.id)]);
  say(
    `Path ${active + 1} of ${paths.length} from ${view.label(path.nodes[0])} to ${view.label(path.nodes[path.nodes.length - 1])} highlighted.`,
  );
  pathResult.replaceChildren(
    h(
      'p',
      {},
      `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}; pick one to highlight it:`,
    ),
    h(
      'ol',
      { class: 'paths' },
      ...paths.map((candidate, index) =>
        h(
          'li',
          { class: index === active ? 'path active' : 'path' },
          h(
            'button',
            {
              type: 'button',
              class: 'path-pick',
              'aria-pressed': String(index === active),
              onclick: () => showPaths(paths, index),
            },
            `Path ${index + 1}`,
          ),
          h(
            'ol',
            { class: 'path-edges' },
            ...candidate.edges.map((edge, hop) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => showEdge(edge.id) },
                  hopText(candidate, hop),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function findPath() {
  await guarded(async () => {
    const [from, to] = [await resolve('from'), await resolve('to')];
    if (!from || !to) {
      say('Name two entities that the search finds.', 'error');
      return;
    }
    say('Looking for paths…');
    const slice = await api.paths(from, to);
    view.merge(slice);
    const paths = shortestPaths(slice, from, to);
    if (paths.length === 0) {
      redrawPaths = null;
      view.clearHighlight();
      pathResult.replaceChildren(
        h('p', {}, `No path of up to 4 hops between ${view.label(from)} and ${view.label(to)}.`),
      );
      say('No path found.');
      return;
    }
    showPaths(paths, 0);
  });
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(byId<HTMLInputElement>('search-input').value);
});

byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void findPath();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
  button.addEventListener('click', () => {
    language = button.dataset.language as LabelLanguage;
    document
      .querySelectorAll('[data-language]')
      .forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
    view.setLanguage(language);
    redrawDetails?.();
    redrawResults?.();
    redrawPaths?.();
  });
}

byId('graph-downloads').append(downloads('/export/graph'));
byId('legend').append(...legendTypes.map((type) => h('li', {}, typeBadge(type))));

say('Search an entity to start: a county (犍为), an industry (晶硅光伏), a company (京运通)…');
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  byId<HTMLInputElement>('search-input').value = initial;
  void runSearch(initial);
}
