import { describe, expect, it } from 'vitest';
import { createNeedBody } from '../../../../common/api/needs';
import { emptyNeedValues, toCreateNeedBody } from './need-capture-values';

const space = '0207220a-ac99-4921-9f6b-01a49097fe3c';
const topic = '1a8c2b9e-7f51-4c55-9f0e-3d2c1b0a9e8f';
const offer = '7b1e0c2d-4a3f-4e5d-8c6b-9a0f1e2d3c4b';

describe('toCreateNeedBody', () => {
  it('names every missing field of an empty form and sends nothing', () => {
    const { errors } = toCreateNeedBody(emptyNeedValues(), '2026-05-01');
    expect(errors.map((e) => e.field).sort()).toEqual(['source', 'spaceId', 'text', 'topicIds', 'voice']);
  });

  it('builds a body the API schema accepts, trimming texts and dropping case-closure fields for other sources', () => {
    const values = emptyNeedValues({
      spaceId: space,
      topicIds: [topic],
      source: 'home_visit',
      voice: 'affected',
      text: '  Ein Schwimmkurs für Mädchen.  ',
      knownServiceIds: [offer],
      helpfulServiceIds: [offer],
      helpfulText: 'bleibt nicht',
    });
    values.requirements.text = ' abends ';
    const { body, errors } = toCreateNeedBody(values, '2026-05-01');
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ text: 'Ein Schwimmkurs für Mädchen.', knownServiceIds: [offer], helpfulServiceIds: [], helpfulText: '', targetGroup: null });
    expect(body.requirements?.text).toBe('abends');
    expect(createNeedBody.safeParse(body).success).toBe(true);
  });

  it('keeps helpful offers for a case closure, drops known offers when none are known, refuses a future date', () => {
    const values = emptyNeedValues({
      spaceId: space,
      topicIds: [topic],
      source: 'case_closure',
      voice: 'professional',
      text: 'Entlastung am Wochenende',
      knownServiceIds: [offer],
      knowsNoOffers: true,
      helpfulServiceIds: [offer],
      recordedOn: '2026-05-02',
    });
    const { body, errors } = toCreateNeedBody(values, '2026-05-01');
    expect(errors).toEqual([{ field: 'recordedOn', message: 'Das Datum liegt in der Zukunft.' }]);
    expect(body).toMatchObject({ knownServiceIds: [], knowsNoOffers: true, helpfulServiceIds: [offer], recordedOn: '2026-05-02' });
  });
});
