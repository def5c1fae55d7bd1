import cytoscape, {
  type BoundingBox12,
  type BoundingBoxOptions,
  type Core,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { typeColor } from '../../src/export/palette';
import type { EntitySummary, GraphSlice, SliceEdge } from './api';

cytoscape.use(fcose);

export type LabelLanguage = 'zh' | 'en';

/** The entity types a reader sees most, for the legend. */
export const legendTypes = [
  'AdminDivision',
  'Industry',
  'Project',
  'Organization',
  'Policy',
  'Place',
  'Event',
  'Indicator',
];

/** An expansion adding more new nodes than this shows `batchSize` and a "show more" node. */
const collapseOver = 20;
const batchSize = 15;

const fontFamily =
  'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onMoreTap(anchor: string): void;
  onBackgroundTap(): void;
}

function display(node: EntitySummary, language: LabelLanguage): string {
  return language === 'en' ? node.nameEn || node.name : node.name;
}

const moreId = (anchor: string) => `more:${anchor}`;

/**
 * The nodes taking turns by type (the first of each type, then the second …), keeping
 * the slice's order within a type and the anchor first: a batch of a hub's neighbours
 * then shows each kind of neighbour, not the first 15 counties.
 */
function byTurns(nodes: EntitySummary[], anchor: string): EntitySummary[] {
  const turn = new Map<string, number>();
  const counted = new Map<string, number>();
  for (const node of nodes) {
    const seen = counted.get(node.type) ?? 0;
    counted.set(node.type, seen + 1);
    turn.set(node.id, node.id === anchor ? -1 : seen);
  }
  return nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => turn.get(a.node.id)! - turn.get(b.node.id)! || a.index - b.index)
    .map(({ node }) => node);
}

/**
 * A label's own box. `useCache: false` (which Cytoscape's types omit) makes it measure
 * the label as it is now: the cached box keeps the old text's width after a language
 * switch until the next frame is drawn.
 */
const labelBox = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  useCache: false,
} as BoundingBoxOptions;

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The interactive graph: Cytoscape.js on a canvas, grown by merging slices into it and
 * laid out by fCoSE so clusters stand apart. A large neighbourhood shows a batch of its
 * nodes and a "show N more" node for the rest; labels that would overlap a more
 * important one are hidden (shown on hover), so no two visible labels overlap.
 */
export class GraphView {
  readonly cy: Core;
  private language: LabelLanguage = 'zh';
  private readonly entities = new Map<string, EntitySummary>();
  /** Every edge the slices brought; those between shown nodes are drawn. */
  private readonly known = new Map<string, SliceEdge>();
  private readonly edges = new Map<string, SliceEdge>();
  /** Per expanded node, its neighbours not shown yet, in the slice's order. */
  private readonly pending = new Map<string, EntitySummary[]>();

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(display)',
            'background-color': 'data(color)',
            width: 24,
            height: 24,
            'font-family': fontFamily,
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'wrap',
            'text-max-width': '160px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            color: '#1f2933',
          },
        },
        { selector: 'node.quiet', style: { label: '' } },
        { selector: 'node.quiet.hover', style: { label: 'data(display)', 'z-index': 20 } },
        {
          selector: 'node.centre',
          style: { width: 36, height: 36, 'border-width': 3, 'border-color': '#1f2933' },
        },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#52606d' } },
        {
          selector: 'node.more',
          style: {
            shape: 'round-rectangle',
            width: 16,
            height: 16,
            'background-color': '#ffffff',
            'border-width': 2,
            'border-style': 'dashed',
            'border-color': '#52606d',
            color: '#1d5fa8',
            'font-weight': 'bold',
          },
        },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d64545' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: '',
            'font-family': fontFamily,
            'font-size': 9,
            color: '#52606d',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
        {
          selector: 'edge.more',
          style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' },
        },
        { selector: 'edge.hover, edge:selected', style: { label: 'data(type)', 'z-index': 20 } },
        {
          selector: 'edge:selected',
          style: { width: 3, 'line-color': '#d64545', 'target-arrow-color': '#d64545' },
        },
        { selector: '.faded', style: { opacity: 0.2 } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d64545' } },
        {
          selector: 'edge.path',
          style: { width: 4, 'line-color': '#d64545', 'target-arrow-color': '#d64545' },
        },
      ],
    });
    this.cy.on('tap', 'node', (event) => {
      const node: NodeSingular = event.target;
      if (node.hasClass('more')) events.onMoreTap(node.data('anchor'));
      else events.onNodeTap(node.id());
    });
    this.cy.on('tap', 'edge', (event) => {
      if (!event.target.hasClass('more')) events.onEdgeTap(event.target.id());
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
    this.cy.on('mouseover', 'node, edge', (event) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('hover'));
    this.cy.on('dragfree', 'node', () => this.declutterLabels());
    // Re-fit when the page or its panels change the graph's size.
    let frame = 0;
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        this.cy.resize();
        this.cy.fit(undefined, 30);
      });
    }).observe(container);
  }

  entity(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  edge(id: string): SliceEdge | undefined {
    return this.edges.get(id);
  }

  /** Edges of the graph as shown that touch the node, evidence first. */
  edgesOf(id: string): SliceEdge[] {
    return [...this.edges.values()]
      .filter((edge) => edge.source === id || edge.target === id)
      .sort((a, b) => Number(!a.evidence) - Number(!b.evidence) || a.type.localeCompare(b.type));
  }

  label(id: string): string {
    const node = this.entities.get(id);
    return node ? display(node, this.language) : id;
  }

  /** How many entities are shown. */
  get size(): number {
    return this.entities.size;
  }

  /** How many of the node's neighbours wait behind its "show more" node. */
  hiddenNear(anchor: string): number {
    return this.pending.get(anchor)?.length ?? 0;
  }

  clear(): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.known.clear();
    this.edges.clear();
    this.pending.clear();
  }

  /**
   * Adds the slice's nodes and edges that are not shown yet; new nodes start around
   * `anchor` so the layout grows from where the reader clicked. An expansion (`collapse`)
   * with many new nodes shows the first batch and keeps the rest behind a "show more"
   * node. Returns how many nodes were added.
   */
  merge(slice: GraphSlice, anchor?: string, { collapse = false } = {}): number {
    for (const edge of slice.edges) this.known.set(edge.id, edge);
    let fresh = slice.nodes.filter((node) => !this.entities.has(node.id));
    const shown = collapse && anchor && fresh.length > collapseOver ? batchSize : fresh.length;
    if (anchor && shown < fresh.length) fresh = byTurns(fresh, anchor);
    if (anchor && shown < fresh.length) this.pending.set(anchor, fresh.slice(shown));
    return this.add(fresh.slice(0, shown), anchor);
  }

  /** Shows the next batch of the anchor's hidden neighbours; returns how many. */
  showMore(anchor: string): number {
    const waiting = (this.pending.get(anchor) ?? []).filter((node) => !this.entities.has(node.id));
    this.pending.set(anchor, waiting.slice(batchSize));
    return this.add(waiting.slice(0, batchSize), anchor);
  }

  private add(nodes: EntitySummary[], anchor: string | undefined): number {
    const origin = anchor ? this.cy.getElementById(anchor) : null;
    const around = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const added: ElementDefinition[] = [];
    // New nodes start on a circle around the anchor, grouped by type, so the layout
    // (which starts from these positions) keeps each type of neighbour together.
    const byType = [...nodes].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    byType.forEach((node, index) => {
      this.entities.set(node.id, node);
      const angle = (2 * Math.PI * index) / Math.max(byType.length, 1);
      added.push({
        group: 'nodes',
        data: { id: node.id, display: display(node, this.language), color: typeColor(node.type) },
        position: { x: around.x + 120 * Math.cos(angle), y: around.y + 120 * Math.sin(angle) },
      });
    });
    for (const edge of this.known.values()) {
      if (this.edges.has(edge.id)) continue;
      if (!this.entities.has(edge.source) || !this.entities.has(edge.target)) continue;
      this.edges.set(edge.id, edge);
      added.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
      });
    }
    if (added.length > 0) this.cy.add(added);
    this.updateMoreNodes();
    if (added.length > 0) this.relayout();
    return nodes.length;
  }

  /** One "show N more" node beside each node with hidden neighbours, none for the rest. */
  private updateMoreNodes(): void {
    for (const [anchor, waiting] of this.pending) {
      const left = waiting.filter((node) => !this.entities.has(node.id));
      this.pending.set(anchor, left);
      const more = this.cy.getElementById(moreId(anchor));
      if (left.length === 0) {
        more.remove();
        this.pending.delete(anchor);
        continue;
      }
      const caption = `show ${Math.min(batchSize, left.length)} more\n(${left.length} hidden)`;
      if (more.nonempty()) {
        more.data('display', caption);
        continue;
      }
      const at = this.cy.getElementById(anchor).position();
      this.cy.add([
        {
          group: 'nodes',
          classes: 'more',
          data: { id: moreId(anchor), anchor, display: caption },
          position: { x: at.x + 60, y: at.y + 60 },
        },
        {
          group: 'edges',
          classes: 'more',
          data: { id: `${moreId(anchor)}:edge`, source: anchor, target: moreId(anchor) },
        },
      ]);
    }
  }

  relayout(): void {
    const layout = this.cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: false,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      packComponents: false,
      nodeSeparation: 90,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 9000,
      numIter: 2500,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => this.declutterLabels());
    layout.run();
  }

  /**
   * Hides each node label that would overlap a label already placed, placing them in
   * order of importance: "show more" controls, the centre, the selection and path,
   * expanded nodes, then by degree. Label boxes are in model coordinates, so the result
   * holds at any zoom.
   */
  declutterLabels(): void {
    const rank = (node: NodeSingular) =>
      (node.hasClass('more') ? 1000 : 0) +
      (node.hasClass('centre') ? 500 : 0) +
      (node.selected() || node.hasClass('path') ? 200 : 0) +
      (node.hasClass('expanded') ? 100 : 0) +
      node.degree(false);
    const nodes = this.cy.nodes().sort((a, b) => rank(b) - rank(a));
    this.cy.batch(() => nodes.removeClass('quiet'));
    const placed: BoundingBox12[] = [];
    const quiet: NodeSingular[] = [];
    nodes.forEach((node) => {
      const box = node.boundingBox(labelBox);
      if (box.w === 0 || placed.some((other) => overlaps(box, other))) quiet.push(node);
      else placed.push(box);
    });
    this.cy.batch(() => quiet.forEach((node) => node.addClass('quiet')));
  }

  markCentre(id: string): void {
    this.cy.nodes().removeClass('centre');
    this.cy.getElementById(id).addClass('centre');
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass('expanded');
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
    this.declutterLabels();
  }

  setLanguage(language: LabelLanguage): void {
    this.language = language;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node: NodeSingular) => {
        const entity = this.entities.get(node.id());
        if (entity) node.data('display', display(entity, language));
      });
    });
    // The other language's labels have other sizes: lay out again from where nodes are.
    this.relayout();
  }

  /** Highlights these nodes and edges (one path), fading everything else. */
  highlight(ids: Iterable<string>): void {
    const keep = new Set(ids);
    this.cy.batch(() => {
      this.cy.elements().removeClass('path faded');
      this.cy.elements().forEach((element) => {
        element.addClass(keep.has(element.id()) ? 'path' : 'faded');
      });
    });
    this.declutterLabels();
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('path faded');
  }
}
