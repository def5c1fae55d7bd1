/**
 * `n` is the node whose id is `id`, found by one index seek per label (each label's id is
 * unique; seed/load/schema.ts creates the constraints). The labels come from the seed's
 * vocabulary through the caller, never from a request.
 */
export function nodeByIdSubquery(labels: readonly string[]): string {
  return `CALL (id) {
${labels.map((label) => `  MATCH (n:${label} {id: id}) RETURN n`).join('\n  UNION\n')}
}`;
}
