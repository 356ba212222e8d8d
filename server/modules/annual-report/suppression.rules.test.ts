import { describe, expect, it } from 'vitest';
import { type CellSpec, formatCell, suppress } from './suppression.rules';

const cells = (values: Record<string, number>, protectedCells = true): CellSpec[] => Object.entries(values).map(([id, value]) => ({ id, value, protected: protectedCells }));

describe('suppression of small counts', () => {
  it('hides protected counts from 1 to 4, keeps 0 and 5, leaves unprotected figures alone', () => {
    const result = suppress([...cells({ a: 0, b: 1, c: 4, d: 5 }), { id: 'money', value: 3, protected: false }], [], 5);
    expect([...result.primary].sort()).toEqual(['b', 'c']);
    expect([...result.hidden].sort()).toEqual(['b', 'c']);
  });

  it('hides a second part when one part alone could be recomputed from the total', () => {
    // affected 3 + professional 12 = 15: with 3 hidden and 15 shown, 3 = 15 − 12; so 12 goes too.
    const result = suppress(cells({ total: 15, affected: 3, professional: 12 }), [{ total: 'total', parts: ['affected', 'professional'] }], 5);
    expect([...result.hidden].sort()).toEqual(['affected', 'professional']);
  });

  it('picks the smallest visible non-zero part, and the total when no part is left', () => {
    const picked = suppress(cells({ t: 30, a: 2, b: 0, c: 8, d: 20 }), [{ total: 't', parts: ['a', 'b', 'c', 'd'] }], 5);
    expect([...picked.hidden].sort()).toEqual(['a', 'c']);
    const onlyZeros = suppress(cells({ t: 2, a: 2, b: 0 }), [{ total: 't', parts: ['a', 'b'] }], 5);
    // t = 2 is itself below 5: both hidden by the primary rule; nothing more is needed.
    expect([...onlyZeros.hidden].sort()).toEqual(['a', 't']);
    const totalLeft = suppress(cells({ t: 9, a: 3, b: 0 }), [{ total: 't', parts: ['a', 'b'] }], 5);
    expect([...totalLeft.hidden].sort()).toEqual(['a', 't']);
  });

  it('follows chained groups: a space row hidden in the office total hides another space', () => {
    // Needs by voice per space, and the office total per voice over the spaces.
    const values = { 'n:affected': 3, 'n:professional': 10, 'n:total': 13, 's:affected': 9, 's:professional': 7, 's:total': 16, 'all:affected': 12, 'all:professional': 17, 'all:total': 29 };
    const groups = [
      { total: 'n:total', parts: ['n:affected', 'n:professional'] },
      { total: 's:total', parts: ['s:affected', 's:professional'] },
      { total: 'all:total', parts: ['all:affected', 'all:professional'] },
      { total: 'all:affected', parts: ['n:affected', 's:affected'] },
      { total: 'all:professional', parts: ['n:professional', 's:professional'] },
      { total: 'all:total', parts: ['n:total', 's:total'] },
    ];
    const { hidden } = suppress(cells(values), groups, 5);
    // No group may end with exactly one hidden cell: otherwise that cell could be recomputed.
    for (const g of groups) expect([g.total, ...g.parts].filter((id) => hidden.has(id)).length).not.toBe(1);
    expect(hidden.has('n:affected')).toBe(true);
  });

  it('writes a hidden cell as "< 5" and numbers the German way', () => {
    expect(formatCell({ suppressed: true }, 5)).toBe('< 5');
    expect(formatCell(12345, 5)).toBe('12.345');
  });
});
