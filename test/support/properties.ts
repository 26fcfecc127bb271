// How the property tests over real names (placenames, zonenames, townnames) assert their properties:
// each holds for every name but a residue listed with its reasons, the count of the residue's
// failures is fixed (a fix that starts reading one fails until it is taken off the list), and
// every name of the residue fails some property.

/** Declares, for `names` (what the names are, for the tests' titles), one test per property and
 * one for the residue `excused`, whose failures per property `residueFailing` counts. */
export function propertiesHoldButResidue(
  what: string,
  names: string[],
  properties: Record<string, (name: string) => boolean>,
  excused: Set<string>,
  residueFailing: Record<string, number>,
): void {
  describe.each(Object.entries(properties))(`every ${what}: %s`, (property, holds) => {
    it(`holds for the ${names.length} names but the residue`, () => {
      const failing = names.filter((name) => !holds(name));
      expect(failing.filter((name) => !excused.has(name))).toEqual([]);
      expect(failing.length).toBe(residueFailing[property] ?? 0);
    });
  });

  it(`the residue (${what} names): each fails a property`, () => {
    const fails = (name: string) => Object.values(properties).some((holds) => !holds(name));
    expect([...excused].filter((name) => !fails(name))).toEqual([]);
  });
}
