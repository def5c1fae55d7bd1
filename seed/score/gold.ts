import { readFileSync } from 'node:fs';

/**
 * An independent reading of one report (seed/corpus/<report>/gold.json), in the
 * conventions of seed/corpus/README.md. Only the fields the scorer compares are typed.
 */
export interface Gold {
  file: string;
  title: string | null;
  issuer: string | null;
  region: { name: string; parent: string | null } | null;
  years: { execution: number | null; plan: number | null };
  sections: { level: number; label: string | null; title: string; quote: string }[];
  footnote_markers: { number: number; marker: string; quote?: string; start?: number }[];
  divisions: { name: string; surface: string; parent: string | null; quote: string }[];
  quantities: GoldQuantity[];
  quoted_terms: string[];
  projects: { name: string; quote: string }[];
  organizations: { name: string; quote: string }[];
}

export interface GoldQuantity {
  indicator: string;
  value: number;
  unit: string;
  year: number;
  kind: string;
  qualifier: string | null;
  quote: string;
  /** A figure printed twice (a sub-heading and the body): left out of recall. */
  repeat?: boolean;
  period?: string;
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}
