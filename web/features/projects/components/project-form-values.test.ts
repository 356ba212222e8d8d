import { describe, expect, it } from 'vitest';
import { emptyCounts, emptyProjectValues, reachRows, toProjectBody } from './project-form-values';

const spaceId = '0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b';

describe('the project form to the API body', () => {
  it('trims, turns empty dates into null and counts into numbers, leaving out empty cells', () => {
    const counts = { ...emptyCounts(), '6-9': '12', parents: ' 4 ' };
    const { body, errors } = toProjectBody({
      ...emptyProjectValues(),
      title: '  Kochgruppe  ',
      spaceIds: [spaceId],
      initiatedBy: 'affected',
      initiationNote: ' Eltern beim Osterfrühstück ',
      startsOn: '2019-04-01',
      reach: [{ year: 2019, counts }],
    });
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ title: 'Kochgruppe', initiationNote: 'Eltern beim Osterfrühstück', startsOn: '2019-04-01', endsOn: null });
    expect(body.reach).toEqual([
      { year: 2019, ageBand: '6-9', count: 12 },
      { year: 2019, ageBand: 'parents', count: 4 },
    ]);
  });

  it('names what is missing or wrong at its field', () => {
    const counts = { ...emptyCounts(), '0-2': '1,5', '3-5': '-2' };
    const { errors } = toProjectBody({ ...emptyProjectValues(), title: 'ab', startsOn: '2020-05-01', endsOn: '2020-04-30', reach: [{ year: 2020, counts }] });
    expect(errors.map((e) => e.field)).toEqual(['title', 'spaceIds', 'initiatedBy', 'endsOn', 'reach.2020.0-2', 'reach.2020.3-5']);
  });
});

describe('reach rows', () => {
  it('groups the counts by year, newest first', () => {
    const rows = reachRows([
      { year: 2018, ageBand: '3-5', count: 7 },
      { year: 2019, ageBand: 'parents', count: 3 },
      { year: 2018, ageBand: 'parents', count: 2 },
    ]);
    expect(rows.map((r) => r.year)).toEqual([2019, 2018]);
    expect(rows[1]?.counts).toMatchObject({ '3-5': '7', parents: '2', '0-2': '' });
  });
});
