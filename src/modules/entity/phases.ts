/**
 * Wordings that mean both completed and in operation (knowledge model: 竣工投产 is
 * completed and in operation). The seed stores them with phase `completed` and keeps the
 * wording; a reader asking for IN_OPERATION means them too.
 */
export const COMPLETED_AND_OPERATING = ['竣工投产'];

/**
 * The phases one status counts under, as a Cypher list: its stored phase, and
 * `in_operation` as well when its wording is one of `$wordings` (pass
 * COMPLETED_AND_OPERATING). The `phase` filter and the grouped counts both read a status
 * through this one expression, so a count and the list it counts always agree.
 */
export function statusPhases(phase: string, wording: string, wordings: string): string {
  return `CASE WHEN ${wording} IN ${wordings} THEN [${phase}, 'in_operation'] ELSE [${phase}] END`;
}
