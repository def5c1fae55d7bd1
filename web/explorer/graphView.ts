import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { typeColor } from '../../src/export/palette';
import type { EntitySummary, GraphSlice, SliceEdge } from './api';

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

const fontFamily =
  'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

function display(node: EntitySummary, language: LabelLanguage): string {
  return language === 'en' ? node.nameEn || node.name : node.name;
}

/** The interactive graph: Cytoscape.js on a canvas, grown by merging slices into it. */
export class GraphView {
  readonly cy: Core;
  private language: LabelLanguage = 'zh';
  private readonly entities = new Map<string, EntitySummary>();
  private readonly edges = new Map<string, SliceEdge>();

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
            width: 26,
            height: 26,
            'font-family': fontFamily,
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            color: '#1f2933',
          },
        },
        {
          selector: 'node.centre',
          style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#1f2933' },
        },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#52606d' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d64545' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(type)',
            'font-family': fontFamily,
            'font-size': 9,
            color: '#52606d',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
          },
        },
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
    this.cy.on('tap', 'node', (event) => events.onNodeTap(event.target.id()));
    this.cy.on('tap', 'edge', (event) => events.onEdgeTap(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
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

  get size(): number {
    return this.cy.nodes().length;
  }

  clear(): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.edges.clear();
  }

  /**
   * Adds the slice's nodes and edges that are not shown yet; new nodes start around
   * `anchor` so the layout grows from where the reader clicked. Returns how many
   * nodes were new.
   */
  merge(slice: GraphSlice, anchor?: string): number {
    const origin = anchor ? this.cy.getElementById(anchor) : null;
    const around = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const added: ElementDefinition[] = [];
    const fresh = slice.nodes.filter((node) => !this.entities.has(node.id));
    fresh.forEach((node, index) => {
      this.entities.set(node.id, node);
      const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
      added.push({
        group: 'nodes',
        data: {
          id: node.id,
          display: display(node, this.language),
          color: typeColor(node.type),
        },
        position: { x: around.x + 120 * Math.cos(angle), y: around.y + 120 * Math.sin(angle) },
      });
    });
    for (const edge of slice.edges) {
      if (this.edges.has(edge.id)) continue;
      if (!this.entities.has(edge.source) || !this.entities.has(edge.target)) continue;
      this.edges.set(edge.id, edge);
      added.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
      });
    }
    if (added.length > 0) {
      this.cy.add(added);
      this.relayout();
    }
    return fresh.length;
  }

  relayout(): void {
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 400000,
        nodeOverlap: 40,
        idealEdgeLength: () => 110,
        gravity: 0.4,
        numIter: 2500,
      })
      .run();
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
  }

  setLanguage(language: LabelLanguage): void {
    this.language = language;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node: NodeSingular) => {
        const entity = this.entities.get(node.id());
        if (entity) node.data('display', display(entity, language));
      });
    });
  }

  highlightPath(slice: GraphSlice): void {
    this.clearHighlight();
    if (slice.nodes.length === 0) return;
    const ids = new Set([
      ...slice.nodes.map((node) => node.id),
      ...slice.edges.map((edge) => edge.id),
    ]);
    this.cy.elements().forEach((element) => {
      element.addClass(ids.has(element.id()) ? 'path' : 'faded');
    });
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('path faded');
  }
}
