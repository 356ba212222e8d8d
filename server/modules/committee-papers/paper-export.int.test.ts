import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../common/api/annual-report';
import type { BudgetOfYear } from '../../../common/api/budget';
import type { PaperContent, PaperSummary } from '../../../common/api/committee-papers';
import { formatEuro } from '../../../common/budget-terms';
import { queryRows } from '../../platform/db/database';
import { docxText, htmlText, pdfText } from '../../test/document-text';
import { oparlErrors } from '../../test/oparl-schema';
import { createTestWorld, seedDemoCity, type TestWorld } from '../../test/test-app';

const currentYear = new Date().getFullYear();

type Texts = Record<'json' | 'html' | 'pdf' | 'docx', string>;

// The report and the committee paper in every format, for the demo city: the same figures everywhere, and a new
// reversal booking shows in the next report, in every format.
describe('demo: report and committee paper in every format', () => {
  let world: TestWorld;

  const download = async (url: string) => {
    const response = await world.request({ method: 'GET', url, as: 'head_of_department' });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    return response;
  };
  const reportTexts = async (year: number, spaceId?: string): Promise<Texts & { report: AnnualReport }> => {
    const base = `/api/annual-report/${year}/export?${spaceId ? `spaceId=${spaceId}&` : ''}format=`;
    const json = await download(`${base}json`);
    const html = await download(`${base}html`);
    const pdf = await download(`${base}pdf`);
    const docx = await download(`${base}docx`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    return {
      report: json.json() as AnnualReport,
      json: json.body,
      html: htmlText(html.body),
      pdf: await pdfText(pdf.rawPayload),
      docx: await docxText(docx.rawPayload),
    };
  };

  beforeAll(async () => {
    world = await createTestWorld();
    await seedDemoCity(world);
  }, 240_000);
  afterAll(() => world.close());

  it('a reversal booking changes the next report, the same in JSON, HTML, PDF and DOCX', async () => {
    const space = (await world.request({ method: 'GET', url: '/api/social-spaces', as: 'head_of_department' })).json()[0] as { id: string; name: string };
    const budget = (await world.request({ method: 'GET', url: `/api/budget?spaceId=${space.id}&year=${currentYear}`, as: 'head_of_department' })).json() as BudgetOfYear;
    expect(budget.closed).toBe(false);
    let original: { id: string; amountCents: number; lineId: string } | undefined;
    for (const line of budget.lines) {
      const ledger = (await world.request({ method: 'GET', url: `/api/budget/lines/${line.id}/bookings`, as: 'head_of_department' })).json() as {
        bookings: Array<{ id: string; amountCents: number; lineId: string; reversesBookingId: string | null; reversedByBookingId: string | null }>;
      };
      original = ledger.bookings.find((b) => b.amountCents > 0 && !b.reversesBookingId && !b.reversedByBookingId);
      if (original) break;
    }
    if (!original) throw new Error('Die Demo hat im laufenden Jahr keine Buchung zum Stornieren.');
    const before = await reportTexts(currentYear, space.id);
    const bookedBefore = before.report.spaces[0]?.budget.totals.bookedCents ?? Number.NaN;
    for (const format of ['html', 'pdf', 'docx'] as const) expect(before[format], format).toContain(formatEuro(bookedBefore).replace(/\u00a0/g, ' '));

    const reversal = await world.request({ method: 'POST', url: `/api/bookings/${original.id}/reversal`, payload: { note: 'Doppelt gebucht' }, as: 'head_of_department' });
    expect(reversal.statusCode, reversal.body).toBe(201);

    const after = await reportTexts(currentYear, space.id);
    const bookedAfter = after.report.spaces[0]?.budget.totals.bookedCents ?? Number.NaN;
    expect(bookedAfter).toBe(bookedBefore - original.amountCents);
    expect(after.report.spaces[0]?.budget.reversalCount).toBe((before.report.spaces[0]?.budget.reversalCount ?? 0) + 1);
    for (const format of ['html', 'pdf', 'docx'] as const) {
      expect(after[format], format).toContain(formatEuro(bookedAfter).replace(/\u00a0/g, ' '));
      expect(after[format], format).not.toBe(before[format]);
    }
  }, 120_000);

  it("the paper's Beschlussvorschlag and Finanzielle Auswirkung give 21.840 € per space, the same in every format", async () => {
    const papers = (await world.request({ method: 'GET', url: '/api/papers', as: 'head_of_department' })).json() as PaperSummary[];
    const paper = papers.find((p) => p.year === currentYear - 1);
    if (!paper) throw new Error(`Die Demo hat keine Vorlage zum Bericht ${currentYear - 1}.`);
    const content = (await world.request({ method: 'GET', url: `/api/papers/${paper.id}/content`, as: 'committee' })).json() as PaperContent;
    expect(content.financialImpact.perSpaceCents).toBe(2_184_000);
    expect(content.financialImpact.totalCents).toBe(5 * 2_184_000);
    expect(content.financialImpact.spaces).toHaveLength(5);
    expect(content.resolutionProposal).toContain('jährlich 21.840 € pro Sozialraum');
    expect(content.resolutionProposal).toContain('109.200 €');
    expect(content.financialImpact.text).toContain('je Sozialraum 21.840 €');

    const texts: Record<string, string> = {};
    for (const format of ['html', 'pdf', 'docx'] as const) {
      const file = await download(`/api/papers/${paper.id}/export?format=${format}`);
      texts[format] = format === 'html' ? htmlText(file.body) : format === 'pdf' ? await pdfText(file.rawPayload) : await docxText(file.rawPayload);
    }
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain(paper.reference);
      expect(text, format).toContain('Beschlussvorschlag');
      expect(text, format).toContain(content.resolutionProposal.replace(/\s+/g, ' '));
      expect(text, format).toContain('Finanzielle Auswirkung');
      expect(text, format).toContain(content.financialImpact.text);
      for (const s of content.financialImpact.spaces) expect(text, format).toContain(`${s.name} (${s.code}) 21.840 €`);
      expect(text, format).toContain('Zusammen 109.200 €');
      expect(text, format).toContain(`Anlage 1 zur Vorlage ${paper.reference}`);
    }
    const oparl = await download(`/api/papers/${paper.id}/export?format=oparl`);
    const object = oparl.json() as { type: string; reference: string; consultation: Array<{ role: string; authoritative: boolean }> };
    expect(oparlErrors('Paper', object)).toEqual([]);
    expect(object.type).toBe('https://schema.oparl.org/1.1/Paper');
    expect(object.reference).toBe(paper.reference);
    expect(object.consultation.some((c) => c.role === 'Entscheidung' && c.authoritative)).toBe(true);
  }, 120_000);

  it('publishing fixes the public files: after the data changes OParl sends the same bytes (size, SHA-512), staff see today', async () => {
    const papers = (await world.request({ method: 'GET', url: '/api/papers', as: 'head_of_department' })).json() as PaperSummary[];
    const draft = papers.find((p) => p.year === currentYear - 1 && !p.publishedAt);
    if (!draft) throw new Error(`Die Demo hat keinen Entwurf zum Bericht ${currentYear - 1}.`);
    const published = await world.request({ method: 'POST', url: `/api/papers/${draft.id}/publish`, as: 'head_of_department' });
    expect(published.statusCode, published.body).toBe(200);
    const audit = await queryRows<{ action: string; count: number }>(world.database.db, sql`select action, count(*)::int as count from audit_log where entity_id = ${draft.id} group by action order by action`);
    expect(audit).toEqual([
      { action: 'keep_files', count: 1 },
      { action: 'publish', count: 1 },
    ]);

    const oparlFile = async () => {
      const object = (await world.request({ method: 'GET', url: `/oparl/paper/${draft.id}` })).json() as { mainFile: { accessUrl: string; size: number; sha512Checksum: string } };
      expect(oparlErrors('Paper', object)).toEqual([]);
      const file = await world.request({ method: 'GET', url: new URL(object.mainFile.accessUrl).pathname });
      expect(file.statusCode).toBe(200);
      return { object: object.mainFile, bytes: file.rawPayload };
    };
    const before = await oparlFile();
    expect(before.object.size).toBe(before.bytes.length);
    expect(before.object.sha512Checksum).toBe(createHash('sha512').update(before.bytes).digest('hex'));

    // The summary of that year is rewritten after publication: staff see it, the published paper does not change.
    const texts = (await world.request({ method: 'GET', url: `/api/annual-report/${draft.year}/texts`, as: 'head_of_department' })).json() as Array<{ key: string; version: number }>;
    const baseVersion = texts.find((t) => t.key === 'summary')?.version ?? 0;
    const rewritten = 'Nach der Veröffentlichung neu gefasst: die Netzwerke tragen weiter.';
    const saved = await world.request({ method: 'PUT', url: `/api/annual-report/${draft.year}/texts/summary`, payload: { text: rewritten, baseVersion }, as: 'head_of_department' });
    expect(saved.statusCode, saved.body).toBe(200);
    const content = (await world.request({ method: 'GET', url: `/api/papers/${draft.id}/content`, as: 'head_of_department' })).json() as PaperContent;
    expect(content.statementOfFacts).toBe(rewritten);
    const after = await oparlFile();
    expect(after.object.sha512Checksum).toBe(before.object.sha512Checksum);
    expect(Buffer.compare(after.bytes, before.bytes)).toBe(0);
    expect(await pdfText(after.bytes)).not.toContain('Nach der Veröffentlichung neu gefasst');
  }, 120_000);

  it('fixes the files of a paper published without them on the first request, and sends the same bytes from then on', async () => {
    const papers = (await world.request({ method: 'GET', url: '/api/papers', as: 'head_of_department' })).json() as PaperSummary[];
    const older = papers.find((p) => p.year === currentYear - 3 && p.publishedAt);
    if (!older) throw new Error('Die Demo hat keine ältere veröffentlichte Vorlage.');
    const fileOf = async () => ((await world.request({ method: 'GET', url: `/oparl/paper/${older.id}` })).json() as { auxiliaryFile: Array<{ downloadUrl: string; size?: number; sha512Checksum?: string }> }).auxiliaryFile[0];
    const unfixed = await fileOf();
    expect(unfixed?.size).toBeUndefined();
    const first = await world.request({ method: 'GET', url: new URL(unfixed?.downloadUrl ?? '').pathname });
    expect(first.statusCode).toBe(200);
    const fixed = await fileOf();
    expect(fixed?.size).toBe(first.rawPayload.length);
    expect(fixed?.sha512Checksum).toBe(createHash('sha512').update(first.rawPayload).digest('hex'));
    const second = await world.request({ method: 'GET', url: new URL(unfixed?.downloadUrl ?? '').pathname });
    expect(Buffer.compare(second.rawPayload, first.rawPayload)).toBe(0);
  }, 120_000);
});
