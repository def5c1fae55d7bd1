/** An entity as the tests read it: enough to recognise it by any of its names. */
export interface Named {
  name: string;
  aliases?: string[];
}

/**
 * Names, in order, resolving each expected name to the entity that has it as its
 * canonical name or an alias, so a curator's choice of canonical name (福华 or 福华通达)
 * does not break a test whose answer the report's words fix. Unmatched names stay as
 * written, so a failing expectation shows exactly which name is missing.
 */
export function namesOf(actual: Named[], expected: string[]): string[] {
  return actual.map((entity) => {
    const match = expected.find((name) => entity.name === name || entity.aliases?.includes(name));
    return match ?? entity.name;
  });
}

/** The same set of names, in any order. */
export function expectSameNames(actual: Named[], expected: string[]): void {
  expect(namesOf(actual, expected).sort()).toEqual([...expected].sort());
}
