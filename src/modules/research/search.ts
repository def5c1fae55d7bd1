import type { Database } from '../../neo4j';
import type { EntityType } from '../../generated/graphql';
import { badInput } from '../../errors';
import type { ParagraphModel } from '../document/model';
import type { EntityModel } from '../entity/model';
import { LABEL_OF_TYPE } from '../entity/labels';
import * as cypher from './cypher';
import { entityNames } from './entityNames';
import { boundedInt, isShortQuery, RESEARCH_LIMITS, searchQuery } from './limits';
import { entitySearchLucene, passageSearchLucene, pinyinKey } from './lucene';
import { locatePassageMatch } from './passages';
import { pinyinMatch } from './pinyinReadings';
import { rankEntityHits, squash } from './ranking';
import type { PassageHitModel, SearchHitModel } from './model';
import type { Statement } from './statement';

export interface EntitySearchRequest {
  query: string;
  types?: readonly EntityType[] | null;
  first?: number | null;
}

export interface PassageSearchRequest {
  query: string;
  first?: number | null;
}

const DEFAULT_FIRST = 20;

/** Rows fetched for re-ranking: enough that the best `first` are among them. */
function candidateCount(first: number): number {
  return Math.min(Math.max(first * 3, 50), 300);
}

interface EntitySearchPlan {
  query: string;
  first: number;
  labels: string[] | null;
  statement: Statement;
}

/** Checks the arguments and chooses the statement: full-text, or the short-query fallback. */
export function planEntitySearch(request: EntitySearchRequest): EntitySearchPlan {
  const query = searchQuery(request.query);
  const first = boundedInt(
    request.first ?? DEFAULT_FIRST,
    'first',
    1,
    RESEARCH_LIMITS.searchResults,
  );
  if (request.types && request.types.length === 0) {
    throw badInput(
      'types is empty, so nothing could match; omit it to search every type.',
      'types',
    );
  }
  const labels = request.types
    ? [...new Set(request.types.map((type) => LABEL_OF_TYPE[type]))]
    : null;
  const candidates = candidateCount(first);
  const text = query.replace(/\s+/g, '');
  const statement: Statement = isShortQuery(query)
    ? {
        cypher: cypher.entitySearchShort,
        params: { text, lower: text.toLowerCase(), labels, candidates },
      }
    : {
        cypher: cypher.entitySearch,
        params: { lucene: entitySearchLucene(query), labels, candidates },
      };
  return { query, first, labels, statement };
}

type Candidate = { entity: EntityModel; score: number };

/**
 * Entities by name, alias, English name or pinyin, best first. Typed pinyin is also read
 * against every reading of each name's characters (jianwei finds 犍为县, stored as qian wei
 * xian, the place's own reading), as the index holds one reading only.
 */
export async function searchEntities(
  db: Database,
  request: EntitySearchRequest,
): Promise<SearchHitModel[]> {
  const plan = planEntitySearch(request);
  const key = isShortQuery(plan.query) ? null : pinyinKey(plan.query);
  const [candidates, readings] = await Promise.all([
    db.read<Candidate>(plan.statement.cypher, plan.statement.params),
    key ? readAs(db, key, plan.labels) : Promise.resolve([]),
  ]);
  const known = new Set(candidates.map((candidate) => candidate.entity.id));
  const ids = readings.filter((id) => !known.has(id)).slice(0, candidateCount(plan.first));
  const more = ids.length > 0 ? await db.read<Candidate>(cypher.entitiesById, { ids }) : [];
  return rankEntityHits(plan.query, [...candidates, ...more], plan.first);
}

/** Ids of the entities (of the labels asked for) whose name some reading starts with or spells. */
async function readAs(db: Database, key: string, labels: string[] | null): Promise<string[]> {
  const names = await entityNames(db);
  return names
    .filter((entity) => !labels || entity.labels.some((label) => labels.includes(label)))
    .filter((entity) => entity.name && /^(exact|prefix)$/.test(pinyinMatch(key, entity.name) ?? ''))
    .map((entity) => entity.id);
}

/** Checks the arguments and chooses the statement for a passage search. */
export function planPassageSearch(request: PassageSearchRequest): {
  query: string;
  first: number;
  statement: Statement;
} {
  const query = searchQuery(request.query);
  const first = boundedInt(
    request.first ?? DEFAULT_FIRST,
    'first',
    1,
    RESEARCH_LIMITS.searchResults,
  );
  const candidates = candidateCount(first);
  const statement: Statement = isShortQuery(query)
    ? { cypher: cypher.passageSearchShort, params: { text: query.replace(/\s+/g, ''), candidates } }
    : { cypher: cypher.passageSearch, params: { lucene: passageSearchLucene(query), candidates } };
  return { query, first, statement };
}

/**
 * Paragraphs whose text matches, each with the sentence around the match and the match's
 * offsets in the source file. Paragraphs holding the whole query come first.
 */
export async function searchPassages(
  db: Database,
  request: PassageSearchRequest,
): Promise<PassageHitModel[]> {
  const plan = planPassageSearch(request);
  const rows = await db.read<{ paragraph: ParagraphModel; score: number }>(
    plan.statement.cypher,
    plan.statement.params,
  );
  return rows
    .map(({ paragraph, score }) => {
      const match = locatePassageMatch(paragraph.text, plan.query);
      return {
        paragraph,
        snippet: match.snippet,
        start: paragraph.start + match.start,
        end: paragraph.start + match.end,
        score: (match.exact ? 1 : 0) + squash(score),
      };
    })
    .sort((a, b) => b.score - a.score || a.paragraph.order - b.paragraph.order)
    .slice(0, plan.first);
}
