/**
 * How far a walk up or down a hierarchy goes: industries (精细磷酸化工 → 绿色化工 →
 * 千亿产业集群), divisions (犍为县 → 乐山市 → 四川省) and what is located in them (a
 * project in a park in a county). Cypher takes no parameter for a path's length, so the
 * bound is written into the text; it lives here, once, and every hierarchy walk (filters,
 * relationship fields, grouped counts) is built from it when the module loads, so the
 * texts stay constant and a filter and the count beside it always reach as far. The
 * deepest chain in the 乐山 graph is three hops (a place's division, its city, the
 * province); five leaves room for a deeper report.
 */
export const HIERARCHY_DEPTH = 5;

/** The node itself or anything up to HIERARCHY_DEPTH hops away: `*0..5`. */
export const HIERARCHY_HOPS = `*0..${HIERARCHY_DEPTH}`;

/** Strictly above or below, up to HIERARCHY_DEPTH hops: `*1..5`. */
export const HIERARCHY_HOPS_STRICT = `*1..${HIERARCHY_DEPTH}`;
