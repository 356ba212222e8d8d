import { describe, expect, it } from 'vitest';
import { defaultResolutionTemplate, type Paper, type PaperSummary, unknownPlaceholders } from '../../../../common/api/committee-papers';
import { emptyPaperValues, formField, insertPlaceholder, nextRole, moveRow, newConsultationRow, paperValues, previousReportPaper, toPaperBody } from './paper-form-values';

const summary = (id: string, year: number, date: string): PaperSummary => ({
  id,
  reference: `B ${id}`,
  name: `Bericht zur Sozialraumorientierung ${year}`,
  paperType: 'Berichtsvorlage',
  date,
  year,
  spaceId: null,
  publishedAt: null,
});

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the paper form', () => {
  it('starts a new paper with the defaults and last year’s report paper as related paper', () => {
    const papers = [summary(uuid(1), 2023, '2024-03-10'), summary(uuid(2), 2024, '2025-03-12'), summary(uuid(3), 2024, '2025-02-01')];
    const values = emptyPaperValues({ today: '2026-03-02', year: 2025, responsibleUnitId: uuid(9), papers });
    expect(values.name).toBe('Bericht zur Sozialraumorientierung 2025');
    expect(values.paperType).toBe('Berichtsvorlage');
    expect(values.date).toBe('2026-03-02');
    expect(values.relatedPaperIds).toEqual([uuid(2)]);
    expect(values.resolutionTemplate).toBe(defaultResolutionTemplate);
    expect(previousReportPaper(papers, 2024)?.id).toBe(uuid(1));
    expect(previousReportPaper(papers, 2023)).toBeNull();
    expect(previousReportPaper(papers, 2025, uuid(2))?.id).toBe(uuid(3));
  });

  it('turns the values into the API body, keeping the order of the Beratungsfolge and leaving out empty meetings', () => {
    const values = emptyPaperValues({ today: '2026-03-02', year: 2025, responsibleUnitId: uuid(9), papers: [] });
    const hearing = { ...newConsultationRow(uuid(5), 'hearing'), meetingId: uuid(6) };
    const decision = newConsultationRow(uuid(7), 'decision');
    const { body, errors } = toPaperBody({ ...values, reference: '  B 26/0042 ', spaceId: '', consultations: [hearing, decision] });
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ reference: 'B 26/0042', year: 2025, spaceId: null, responsibleUnitId: uuid(9) });
    expect(body.consultations).toEqual([
      { committeeId: uuid(5), meetingId: uuid(6), role: 'hearing' },
      { committeeId: uuid(7), meetingId: null, role: 'decision' },
    ]);
  });

  it('names the fields the browser can already see are wrong, in German', () => {
    const values = emptyPaperValues({ today: '2026-03-02', year: 2025, responsibleUnitId: '', papers: [] });
    const { errors } = toPaperBody({ ...values, reference: ' ', resolutionTemplate: 'Es gibt {betrag} und {jahr} und {summe}.', consultations: [newConsultationRow()] });
    expect(errors.map((e) => e.field)).toEqual(['reference', 'responsibleUnitId', 'resolutionTemplate', 'consultations.0.committeeId']);
    expect(errors.find((e) => e.field === 'resolutionTemplate')?.message).toMatch(/^Unbekannte Platzhalter \{betrag\}, \{summe\}\. Erlaubt sind: \{jahr\}, /);
    expect(unknownPlaceholders(defaultResolutionTemplate)).toEqual([]);
  });

  it('reads a saved paper back with its Beratungsfolge in position order', () => {
    const paper: Paper = {
      ...summary(uuid(1), 2025, '2026-03-05'),
      spaceId: null,
      responsibleUnitId: uuid(9),
      responsibleUnitName: 'Fachbereich Jugend',
      relatedPapers: [{ id: uuid(2), reference: 'B 25/0042', name: 'Bericht 2024' }],
      resolutionTemplate: defaultResolutionTemplate,
      consultations: [
        { position: 2, committeeId: uuid(7), committeeName: 'JHA', meetingId: null, meetingStartsAt: null, role: 'decision', authoritative: true },
        { position: 1, committeeId: uuid(5), committeeName: 'SozA', meetingId: uuid(6), meetingStartsAt: '2026-03-12T17:00:00+01:00', role: 'hearing', authoritative: false },
      ],
      createdAt: '2026-03-01T10:00:00+01:00',
      updatedAt: '2026-03-01T10:00:00+01:00',
    };
    const values = paperValues(paper);
    expect(values.consultations.map((c) => [c.committeeId, c.meetingId, c.role])).toEqual([
      [uuid(5), uuid(6), 'hearing'],
      [uuid(7), '', 'decision'],
    ]);
    expect(new Set(values.consultations.map((c) => c.key)).size).toBe(2);
    expect(values.relatedPaperIds).toEqual([uuid(2)]);
    expect(values.spaceId).toBe('');
  });

  it('moves rows up and down and stops at either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('inserts a placeholder at the caret or in place of the selection', () => {
    expect(insertPlaceholder('im Jahr  beschlossen', 8, 8, 'jahr')).toEqual({ text: 'im Jahr {jahr} beschlossen', caret: 14 });
    expect(insertPlaceholder('jährlich 20.000 € pro', 9, 17, 'betrag_pro_sozialraum')).toEqual({ text: 'jährlich {betrag_pro_sozialraum} pro', caret: 32 });
    expect(insertPlaceholder('Ende', 99, 99, 'folgejahr')).toEqual({ text: 'Ende{folgejahr}', caret: 15 });
  });

  it('puts the server’s field errors where the form shows them', () => {
    expect(formField('reference')).toBe('reference');
    expect(formField('relatedPaperIds.3')).toBe('relatedPaperIds');
    expect(formField('consultations.1')).toBe('consultations.1.committeeId');
    expect(formField('consultations.0.meetingId')).toBe('consultations.0.meetingId');
    expect(formField('consultations.2.role')).toBe('consultations.2.role');
    expect(formField('consultations.2.authoritative')).toBe('consultations.2.committeeId');
  });

  it('starts a new row with the decision, or with preliminary advice when a committee already decides', () => {
    expect(nextRole([])).toBe('decision');
    expect(nextRole([newConsultationRow('', 'hearing')])).toBe('decision');
    expect(nextRole([newConsultationRow('', 'decision')])).toBe('preliminary');
  });
});
