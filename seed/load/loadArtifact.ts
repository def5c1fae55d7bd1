import {
  type ArtifactNode,
  type ArtifactRelationship,
  artifactHash,
  type GraphArtifact,
  type Props,
} from '../compile';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../vocabulary';
import { type Log, type SeedDatabase, stderrLog } from './database';

const BATCH = 500;

/**
 * Numbers travel from JavaScript as floats; these properties are counts and offsets, and
 * Cypher's substring() and list indexing want integers, so they are stored as such.
 */
const INTEGER_KEYS = [
  'start',
  'end',
  'order',
  'level',
  'ordinal',
  'number',
  'year',
  'length',
  'executionYear',
  'planYear',
];
const asIntegers = (v: string) =>
  [
    ...INTEGER_KEYS.map((k) => `${v}.${k} = toInteger(${v}.${k})`),
    `${v}.years = [y IN ${v}.years | toInteger(y)]`,
  ].join(', ');

export interface LoadResult {
  documentId: string;
  contentHash: string;
  nodes: number;
  relationships: number;
}

/**
 * Replaces the graph of one document in a single write transaction: all of it is
 * loaded or, on any error, none of it, and the previous graph stays. Entities are shared
 * between documents (they list theirs in `documentIds`); the gazetteer's PART_OF edges
 * belong to no document and are merged, never deleted.
 */
export async function loadArtifact(
  db: SeedDatabase,
  artifact: GraphArtifact,
  log: Log = stderrLog,
): Promise<LoadResult> {
  validateArtifact(artifact);
  const { documentId } = artifact;
  const contentHash = artifactHash(artifact);
  const primary = new Map(artifact.nodes.map((n) => [n.id, primaryLabel(n)]));

  await db.transaction(async (run) => {
    log(`${documentId}: removing the previous graph of this document`);
    // Few, plain statements: each distinct Cypher text costs a compilation on a cold server.
    await run('MATCH ()-[r]->() WHERE r.documentId = $documentId DELETE r', { documentId });
    await run('MATCH (n) WHERE n.documentId = $documentId DETACH DELETE n', { documentId });
    await run(
      `MATCH (n:Entity) WHERE $documentId IN n.documentIds
       SET n.documentIds = [d IN n.documentIds WHERE d <> $documentId]
       WITH n WHERE size(n.documentIds) = 0
       REMOVE n:Program`,
      { documentId },
    );
    await run(
      `MATCH (n:Entity) WHERE size(coalesce(n.documentIds, [])) = 0 AND NOT (n)--()
       DETACH DELETE n`,
    );

    for (const [labels, nodes] of groupBy(artifact.nodes, (n) => n.labels.join(':'))) {
      for (const rows of batches(nodes.map((n) => ({ id: n.id, props: withoutNulls(n.props) })))) {
        await run(labels.startsWith('Entity') ? mergeEntities(labels) : mergeNodes(labels), {
          rows,
          documentId,
        });
      }
      log(`${documentId}: ${nodes.length} ${labels} nodes`);
    }
    await run(
      `MATCH (n:Entity) WHERE $documentId IN n.documentIds AND size(n.documentIds) > 1
       UNWIND n.documentIds AS d
       WITH n, d ORDER BY d
       WITH n, collect(d) AS sorted
       SET n.documentIds = sorted`,
      { documentId },
    );

    const key = (r: ArtifactRelationship) =>
      `${r.type} ${primary.get(r.from)} ${primary.get(r.to)}`;
    for (const [group, relationships] of groupBy(artifact.relationships, key)) {
      const [type, fromLabel, toLabel] = group.split(' ');
      let merged = 0;
      for (const rows of batches(
        relationships.map((r) => ({ ...r, props: withoutNulls(r.props) })),
      )) {
        const [result] = await run(mergeRelationships(type, fromLabel, toLabel), { rows });
        merged += Number(result.merged);
      }
      if (merged !== relationships.length) {
        throw new Error(
          `${type} ${fromLabel}->${toLabel}: merged ${merged} of ${relationships.length}`,
        );
      }
      log(
        `${documentId}: ${relationships.length} ${type} (${fromLabel} -> ${toLabel}) relationships`,
      );
    }
    await run('MATCH (d:Document {id: $documentId}) SET d.contentHash = $contentHash', {
      documentId,
      contentHash,
    });
  });
  log(
    `${documentId}: loaded ${artifact.nodes.length} nodes, ${artifact.relationships.length} relationships`,
  );
  return {
    documentId,
    contentHash,
    nodes: artifact.nodes.length,
    relationships: artifact.relationships.length,
  };
}

/** Labels and types are written into Cypher text, so each must be on the allow-list. */
export function validateArtifact(artifact: GraphArtifact): void {
  const ids = new Set<string>();
  for (const node of artifact.nodes) {
    const unknown = node.labels.find((label) => !NODE_LABELS.includes(label));
    if (unknown) throw new Error(`node ${node.id}: label ${unknown} is not on the allow-list`);
    if (ids.has(node.id)) throw new Error(`node ${node.id}: duplicate id`);
    ids.add(node.id);
  }
  const relationshipIds = new Set<string>();
  for (const r of artifact.relationships) {
    if (!RELATIONSHIP_TYPES.includes(r.type))
      throw new Error(`relationship ${r.id}: type ${r.type} is not on the allow-list`);
    if (!ids.has(r.from) || !ids.has(r.to))
      throw new Error(`relationship ${r.id}: an end is not in the artifact`);
    if (relationshipIds.has(r.id)) throw new Error(`relationship ${r.id}: duplicate id`);
    relationshipIds.add(r.id);
  }
}

/** The label a node is found by: Entity for entities (one constraint for all), else its own. */
function primaryLabel(node: ArtifactNode): string {
  return node.labels.includes('Entity') ? 'Entity' : node.labels[0];
}

function mergeNodes(labels: string): string {
  const [first, ...rest] = labels.split(':');
  return `UNWIND $rows AS row
    MERGE (n:${first} {id: row.id})
    SET n = row.props${rest.length ? `, n:${rest.join(':')}` : ''}
    SET ${asIntegers('n')}`;
}

/**
 * Entities are shared by documents. One held by no other document takes exactly this
 * artifact's properties. Otherwise the better description wins, whatever the load order:
 * curated over the headline dictionary over the gazetteer, then the smaller document id;
 * aliases are the union of all documents'.
 */
function mergeEntities(labels: string): string {
  const extra = labels.split(':').filter((label) => label !== 'Entity');
  return `UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    WITH n, row, coalesce(n.documentIds, []) AS others, coalesce(n.aliases, []) AS before,
         ${RANK('row.props.source')} AS rank, ${RANK('n.source')} AS held
    WITH n, row, others, before,
         size(others) = 0 OR rank > held OR (rank = held AND $documentId <= n.describedBy) AS wins
    FOREACH (_ IN CASE WHEN wins THEN [1] ELSE [] END | SET n = row.props, n.describedBy = $documentId)
    SET n.aliases = CASE WHEN size(others) = 0 THEN coalesce(row.props.aliases, [])
                    ELSE before + [a IN coalesce(row.props.aliases, []) WHERE NOT a IN before] END,
        n.documentIds = others + $documentId,
        n:${extra.join(':')}
    SET ${asIntegers('n')}`;
}

const RANK = (source: string) =>
  `CASE ${source} WHEN 'curated' THEN 3 WHEN 'headline' THEN 2 WHEN 'gazetteer' THEN 1 ELSE 0 END`;

function mergeRelationships(type: string, fromLabel: string, toLabel: string): string {
  return `UNWIND $rows AS row
    MATCH (a:${fromLabel} {id: row.from})
    MATCH (b:${toLabel} {id: row.to})
    MERGE (a)-[r:${type} {id: row.id}]->(b)
    SET r = row.props
    SET ${asIntegers('r')}
    RETURN count(r) AS merged`;
}

/** Neo4j stores no nulls, and `SET n += {k: null}` would delete a shared entity's k. */
function withoutNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}
