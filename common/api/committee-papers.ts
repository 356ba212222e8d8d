import { z } from 'zod';
import { freeText, isoDate, yearParam } from './fields';

// The committees of the council (Jugendhilfeausschuss …), their meetings, and the committee paper (Vorlage) that
// carries the yearly report: the council system's own fields, exported as DOCX, PDF and OParl 1.1.

const dateTime = z.iso.datetime({ offset: true, error: 'Zeitpunkt mit Datum, Uhrzeit und Zeitzone angeben, z. B. 2026-03-04T17:00:00+01:00.' });

/** A committee (OParl organizationType "Gremium") or an administrative unit that writes papers ("Verwaltungsbereich"). */
export const committeeKinds = ['committee', 'administration'] as const;
export type CommitteeKind = (typeof committeeKinds)[number];
export const committeeKindLabels: Record<CommitteeKind, string> = { committee: 'Gremium', administration: 'Verwaltungsbereich' };

/** A committee's role for a paper (Beratungsfolge): OParl Consultation.role, in the words councils use. */
export const consultationRoles = ['hearing', 'preliminary', 'decision'] as const;
export type ConsultationRole = (typeof consultationRoles)[number];
export const consultationRoleLabels: Record<ConsultationRole, string> = { hearing: 'Anhörung', preliminary: 'Vorberatung', decision: 'Entscheidung' };

export const committee = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(committeeKinds),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: 'Committee' });
export type Committee = z.infer<typeof committee>;

export const writeCommittee = z
  .strictObject({
    name: freeText(200).min(2, { error: 'Bitte einen Namen angeben (mindestens 2 Zeichen).' }),
    shortName: freeText(20).nullable().optional(),
    kind: z.enum(committeeKinds, { error: 'Art: Gremium oder Verwaltungsbereich.' }),
  })
  .meta({ id: 'WriteCommittee' });

export const updateCommittee = writeCommittee.partial().meta({ id: 'UpdateCommittee' });

export const committeeMeeting = z
  .object({
    id: z.uuid(),
    committeeId: z.uuid(),
    committeeName: z.string(),
    name: z.string(),
    startsAt: dateTime,
    endsAt: dateTime.nullable(),
    place: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: 'CommitteeMeeting' });
export type CommitteeMeeting = z.infer<typeof committeeMeeting>;

export const writeCommitteeMeeting = z
  .strictObject({
    committeeId: z.uuid({ error: 'Bitte ein Gremium wählen.' }),
    name: freeText(200).min(2, { error: 'Bitte einen Namen angeben (mindestens 2 Zeichen).' }),
    startsAt: dateTime,
    endsAt: dateTime.nullable().optional(),
    place: freeText(300).optional(),
  })
  .meta({ id: 'WriteCommitteeMeeting' });

export const updateCommitteeMeeting = writeCommitteeMeeting.partial().meta({ id: 'UpdateCommitteeMeeting' });

export const committeeMeetingsQuery = z.strictObject({ committeeId: z.uuid({ error: 'Ungültiges Gremium.' }).optional() });

export const paperConsultation = z
  .object({
    position: z.number().int(),
    committeeId: z.uuid(),
    committeeName: z.string(),
    /** The committee's meeting that takes the paper, when it is known. */
    meetingId: z.uuid().nullable(),
    meetingStartsAt: dateTime.nullable(),
    role: z.enum(consultationRoles),
    /** True where the committee decides (OParl `authoritative`). */
    authoritative: z.boolean(),
  })
  .meta({ id: 'PaperConsultation' });
export type PaperConsultation = z.infer<typeof paperConsultation>;

/**
 * Placeholders of the resolution proposal's template, filled from the report's budget lines when the paper is made:
 * "… jährlich {betrag_pro_sozialraum} pro Sozialraum …" gives "… jährlich 21.840 € pro Sozialraum …".
 */
export const resolutionPlaceholders = {
  jahr: 'das Berichtsjahr, z. B. 2025',
  folgejahr: 'das Jahr danach, z. B. 2026',
  betrag_pro_sozialraum: 'die Summe der Haushaltspositionen je Sozialraum, z. B. 21.840 €',
  anzahl_sozialraeume: 'die Zahl der Sozialräume mit Haushalt, z. B. 5',
  gesamtbetrag: 'die Summe über alle Sozialräume, z. B. 109.200 €',
  produktkonto: 'das Produktkonto (oder die Produktkonten) der Haushaltspositionen',
} as const;
export type ResolutionPlaceholder = keyof typeof resolutionPlaceholders;

/** The placeholders of a template that cannot be filled, each once, e.g. ["betrag"] for "… {betrag} …". */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set(Object.keys(resolutionPlaceholders));
  return [...new Set([...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((name) => !known.has(name)))];
}

/** The German error for a template with unknown placeholders (the server's and the form's), or null. */
export function unknownPlaceholdersMessage(template: string): string | null {
  const unknown = unknownPlaceholders(template);
  if (!unknown.length) return null;
  const allowed = Object.keys(resolutionPlaceholders).map((k) => `{${k}}`).join(', ');
  return `${unknown.length === 1 ? 'Unbekannter Platzhalter' : 'Unbekannte Platzhalter'} ${unknown.map((u) => `{${u}}`).join(', ')}. Erlaubt sind: ${allowed}.`;
}

export const defaultResolutionTemplate =
  'Der Jugendhilfeausschuss nimmt den Bericht zur Sozialraumorientierung {jahr} zur Kenntnis. Er spricht sich für die weitere Unterstützung der Netzwerkarbeit in den Sozialräumen aus und beschließt, dafür wie bisher jährlich {betrag_pro_sozialraum} pro Sozialraum zur Verfügung zu stellen ({gesamtbetrag} für {anzahl_sozialraeume} Sozialräume). Die Mittel stehen im Haushalt {folgejahr} auf dem Produktkonto {produktkonto} zur Verfügung.';

export const paperSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    name: z.string(),
    paperType: z.string(),
    date: isoDate,
    /** The report year the paper carries. */
    year: z.number().int(),
    /** One space, or null for the report on all spaces. */
    spaceId: z.uuid().nullable(),
    publishedAt: dateTime.nullable(),
  })
  .meta({ id: 'PaperSummary' });
export type PaperSummary = z.infer<typeof paperSummary>;

export const paper = paperSummary
  .extend({
    /** Zuständig: the administrative unit that wrote the paper (OParl `underDirectionOf`). */
    responsibleUnitId: z.uuid(),
    responsibleUnitName: z.string(),
    /** Related papers, e.g. last year's report (OParl `relatedPaper`). */
    relatedPapers: z.array(z.object({ id: z.uuid(), reference: z.string(), name: z.string() })),
    resolutionTemplate: z.string(),
    /** Beratungsfolge, in order. */
    consultations: z.array(paperConsultation),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: 'Paper' });
export type Paper = z.infer<typeof paper>;

const referenceField = freeText(40).regex(/^\S(.*\S)?$/, { error: 'Bitte eine Drucksachennummer angeben, z. B. „B 17/0042“.' });

export const writePaperConsultation = z.strictObject({
  committeeId: z.uuid({ error: 'Bitte ein Gremium wählen.' }),
  meetingId: z.uuid({ error: 'Ungültige Sitzung.' }).nullable().optional(),
  role: z.enum(consultationRoles, { error: 'Rolle: Anhörung, Vorberatung oder Entscheidung.' }),
});

export const writePaper = z
  .strictObject({
    reference: referenceField,
    name: freeText(300).min(2, { error: 'Bitte einen Titel angeben (mindestens 2 Zeichen).' }),
    paperType: freeText(100).min(2, { error: 'Bitte eine Vorlagenart angeben, z. B. „Berichtsvorlage“.' }),
    date: isoDate,
    year: yearParam,
    spaceId: z.uuid().nullable().optional(),
    responsibleUnitId: z.uuid({ error: 'Bitte angeben, wer zuständig ist.' }),
    relatedPaperIds: z.array(z.uuid()).max(20).optional(),
    resolutionTemplate: freeText(5_000).min(10, { error: 'Bitte einen Beschlussvorschlag angeben.' }).optional(),
    consultations: z.array(writePaperConsultation).max(10).optional(),
  })
  .meta({ id: 'WritePaper' });

export const updatePaper = writePaper.partial().meta({ id: 'UpdatePaper' });

/** The computed parts of the paper, from the report when it is made (the same in every format). */
export const paperContent = z
  .object({
    paper,
    /** The template with its placeholders filled. */
    resolutionProposal: z.string(),
    financialImpact: z.object({
      spaces: z.array(z.object({ spaceId: z.uuid(), name: z.string(), code: z.string().nullable(), plannedCents: z.number().int() })),
      lines: z.array(z.object({ label: z.string(), accountCodes: z.array(z.string()), plannedCents: z.number().int(), spaceCount: z.number().int() })),
      totalCents: z.number().int(),
      /** Set when every space has the same amount (the usual case): "jährlich 21.840 € pro Sozialraum". */
      perSpaceCents: z.number().int().nullable(),
      accountCodes: z.array(z.string()),
      text: z.string(),
    }),
    /** Sachverhalt: the report's summary text block, or a summary made from the figures when none is written. */
    statementOfFacts: z.string(),
    /** Anlage: the full report. */
    attachmentTitle: z.string(),
  })
  .meta({ id: 'PaperContent' });
export type PaperContent = z.infer<typeof paperContent>;

export const paperExportFormats = ['html', 'pdf', 'docx', 'oparl'] as const;
export { reportExportFormats } from './annual-report';
