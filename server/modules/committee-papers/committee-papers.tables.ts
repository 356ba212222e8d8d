import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../../platform/db/platform.tables';
import { bytea } from '../projects/projects.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

const inList = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/**
 * A committee of the council (Jugendhilfeausschuss, OParl organizationType "Gremium") or an administrative unit that
 * writes papers (Fachbereich Jugend, "Verwaltungsbereich"). Names are unique in an office: the paper form and the
 * OParl organisations list them by name.
 */
export const committees = pgTable(
  'committees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('committees_name').on(t.officeId, t.name), check('committees_kind', inList(t.kind, ['committee', 'administration']))],
);

/** A meeting of a committee (Sitzung), where papers are consulted. Not the network meetings of the meetings module. */
export const committeeMeetings = pgTable(
  'committee_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    name: text('name').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The target of the consultations' (meeting, committee) key: a consultation's meeting is one of its committee's.
    unique('committee_meetings_id_committee').on(t.id, t.committeeId),
    index('committee_meetings_office_starts_idx').on(t.officeId, t.startsAt),
    index('committee_meetings_committee_idx').on(t.committeeId, t.startsAt),
    check('committee_meetings_time', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A committee paper (Vorlage, OParl Paper) carrying the report of a year, for all spaces or one. The resolution
 * proposal is a template; its amounts are filled from the report when the paper is made. Once published it is
 * public (OParl) and never changes again.
 */
export const papers = pgTable(
  'papers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    paperType: text('paper_type').notNull(),
    date: date('date').notNull(),
    year: integer('year').notNull(),
    spaceId: uuid('space_id').references(() => socialSpaces.id),
    responsibleUnitId: uuid('responsible_unit_id')
      .notNull()
      .references(() => committees.id),
    resolutionTemplate: text('resolution_template').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('papers_reference').on(t.officeId, t.reference),
    index('papers_office_date_idx').on(t.officeId, t.date),
    index('papers_report_idx').on(t.officeId, t.year),
    check('papers_year', sql`${t.year} between 2000 and 2100`),
  ],
);

/** Related papers (OParl relatedPaper), e.g. last year's report. A paper that others name cannot be deleted. */
export const paperRelated = pgTable(
  'paper_related',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => papers.id, { onDelete: 'cascade' }),
    relatedPaperId: uuid('related_paper_id')
      .notNull()
      .references(() => papers.id),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.relatedPaperId] }), index('paper_related_related_idx').on(t.relatedPaperId), check('paper_related_not_self', sql`${t.paperId} <> ${t.relatedPaperId}`)],
);

/** The Beratungsfolge: which committee takes the paper, in which order, in which meeting (when known), in which role. */
export const paperConsultations = pgTable(
  'paper_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paperId: uuid('paper_id')
      .notNull()
      .references(() => papers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    meetingId: uuid('meeting_id'),
    role: text('role').notNull(),
  },
  (t) => [
    unique('paper_consultations_position').on(t.paperId, t.position),
    index('paper_consultations_committee_idx').on(t.committeeId),
    index('paper_consultations_meeting_idx').on(t.meetingId),
    foreignKey({ name: 'paper_consultations_meeting_fk', columns: [t.meetingId, t.committeeId], foreignColumns: [committeeMeetings.id, committeeMeetings.committeeId] }),
    check('paper_consultations_role', inList(t.role, ['hearing', 'preliminary', 'decision'])),
  ],
);

/**
 * The files of a published paper, fixed when it is published (or, for a paper published without them, when they are
 * first asked for): the paper alone (main) and the report as Anlage (attachment), as PDF. OParl serves these bytes,
 * so a published paper's figures no longer change with the data; staff exports render from today's data.
 */
export const paperFiles = pgTable(
  'paper_files',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => papers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    content: bytea('content').notNull(),
    sha512: text('sha512').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'paper_files_pk', columns: [t.paperId, t.kind] }), check('paper_files_kind', inList(t.kind, ['main', 'attachment']))],
);
