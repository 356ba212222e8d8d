// Small counts in a published report could point at a family: counts of needs and of consultation cases below the
// threshold are shown as "< 5" (primary suppression), and further cells are suppressed wherever a suppressed one
// could be recomputed from a total (complementary suppression). Pure functions, no I/O.

/** A published number, or the marker that it is hidden; in JSON a hidden cell is never a number. */
export type Cell = number | { suppressed: true };

export type CellSpec = {
  id: string;
  value: number;
  /** Only counts of people's matters (needs, consultation cases) are protected; money and offers are not. */
  protected: boolean;
};

/** A total and the parts it is the sum of: if exactly one of them is hidden, it could be recomputed. */
export type SumGroup = { total: string; parts: readonly string[] };

export type SuppressionResult = { hidden: ReadonlySet<string>; primary: ReadonlySet<string> };

/**
 * Decides which cells to hide. Primary: protected counts from 1 to threshold − 1 (0 names nobody and stays).
 * Complementary, until nothing changes: in every group (a total and its parts) where exactly one cell is hidden,
 * hide the smallest visible non-zero part as well — or, when no such part is left, the total. Groups chain (a
 * space's row is part of the office's total), so one pass is not enough.
 */
export function suppress(cells: readonly CellSpec[], groups: readonly SumGroup[], threshold: number): SuppressionResult {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const primary = new Set(cells.filter((c) => c.protected && c.value >= 1 && c.value < threshold).map((c) => c.id));
  const hidden = new Set(primary);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const members = [group.total, ...group.parts].filter((id) => byId.has(id));
      const hiddenHere = members.filter((id) => hidden.has(id));
      if (hiddenHere.length !== 1) continue;
      const candidates = group.parts
        .filter((id) => byId.has(id) && !hidden.has(id) && (byId.get(id)?.value ?? 0) > 0)
        .sort((a, b) => (byId.get(a)?.value ?? 0) - (byId.get(b)?.value ?? 0) || a.localeCompare(b));
      const next = candidates[0] ?? (hidden.has(group.total) || !byId.has(group.total) ? undefined : group.total);
      if (next === undefined) continue;
      hidden.add(next);
      changed = true;
    }
  }
  return { hidden, primary };
}

export const cellOf = (value: number, id: string, hidden: ReadonlySet<string>): Cell => (hidden.has(id) ? { suppressed: true } : value);

export { formatCell } from '../../../common/report-format';
