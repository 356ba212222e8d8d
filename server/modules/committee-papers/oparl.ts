import { committeeKindLabels, type CommitteeKind, type ConsultationRole, consultationRoleLabels } from '../../../common/api/committee-papers';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { spacesOfOffice } from '../social-spaces';
import { committeePapersPolicy } from './committee-papers.policy';
import {
  type CommitteeMeetingRow,
  type CommitteeRow,
  type ConsultationRow,
  consultationsOf,
  findCommittee,
  findConsultation,
  findOffice,
  findPaper,
  meetingsByIds,
  type OfficeRow,
  type PageRequest,
  pageOfCommittees,
  pageOfMeetings,
  pageOfOffices,
  pageOfPublishedPapers,
  type PaperFileMeta,
  paperFileMetas,
  type PaperRow,
  type RelatedRow,
  relatedOf,
} from './committee-papers.queries';
import { paperForReport } from './read-papers';

/**
 * The read-only OParl 1.1 interface (issue 8, item 5): a Body per office, its committees and administrative units as
 * Organizations, their meetings, and the published papers with their files and Beratungsfolge. Every URL is
 * absolute, built from PUBLIC_URL, and resolves under /oparl/ (the files' /download addresses are served beside it).
 * A draft is nowhere: not in a list, not as an object, not as a related paper.
 */

const SCHEMA = 'https://schema.oparl.org/1.1/';
export const OPARL_VERSION = SCHEMA;

export type OparlObject = { id: string; type: string } & { [key: string]: unknown };
export type OparlFile = OparlObject & {
  name: string;
  fileName: string;
  mimeType: string;
  date: string;
  accessUrl: string;
  downloadUrl: string;
  paper: string[];
  created: string;
  modified: string;
};
export type OparlConsultation = OparlObject & { paper: string; meeting?: string; organization: string[]; role: string; authoritative: boolean };
export type OparlPaper = OparlObject & {
  body: string;
  name: string;
  reference: string;
  date: string;
  paperType: string;
  relatedPaper: string[];
  underDirectionOf: string[];
  mainFile: OparlFile;
  auxiliaryFile: OparlFile[];
  consultation: OparlConsultation[];
  created: string;
  modified: string;
};
export type OparlList = {
  data: OparlObject[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; self: string; last: string; prev?: string; next?: string };
};

/** The list parameters of OParl (page, elementsPerPage and the four change filters), as the route has parsed them. */
export type OparlListQuery = {
  page: number;
  elementsPerPage?: number | undefined;
  created_since?: string | undefined;
  created_until?: string | undefined;
  modified_since?: string | undefined;
  modified_until?: string | undefined;
};

/** The paper itself (Vorlage) or its Anlage, the full report. */
export type PaperFileKind = 'main' | 'attachment';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export function oparlUrls(publicUrl: string) {
  const base = `${publicUrl.replace(/\/$/, '')}/oparl`;
  return {
    system: `${base}/`,
    bodies: `${base}/bodies`,
    body: (officeId: string) => `${base}/body/${officeId}`,
    organizations: (officeId: string) => `${base}/body/${officeId}/organizations`,
    people: (officeId: string) => `${base}/body/${officeId}/people`,
    meetings: (officeId: string) => `${base}/body/${officeId}/meetings`,
    papers: (officeId: string) => `${base}/body/${officeId}/papers`,
    organization: (id: string) => `${base}/organization/${id}`,
    meeting: (id: string) => `${base}/meeting/${id}`,
    location: (meetingId: string) => `${base}/location/${meetingId}`,
    paper: (id: string) => `${base}/paper/${id}`,
    consultation: (id: string) => `${base}/consultation/${id}`,
    file: (which: PaperFileKind, paperId: string) => `${base}/file/${which}-${paperId}`,
  };
}
type Urls = ReturnType<typeof oparlUrls>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: string) => UUID.test(value);
const FILE_ID = /^(main|attachment)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** "B 17/0042" → "B-17-0042-Vorlage.pdf" or "B-17-0042-Anlage-Bericht.pdf": ASCII only, as OParl recommends. */
export function paperFileName(reference: string, which: PaperFileKind): string {
  const stem =
    reference
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'Vorlage';
  return `${stem}-${which === 'main' ? 'Vorlage' : 'Anlage-Bericht'}.pdf`;
}

// ---- objects ----

const times = (row: { createdAt: Date; updatedAt: Date }) => ({ created: row.createdAt.toISOString(), modified: row.updatedAt.toISOString() });

function systemObject(urls: Urls): OparlObject {
  return { id: urls.system, type: `${SCHEMA}System`, oparlVersion: OPARL_VERSION, body: urls.bodies, name: 'sozialraum – Vorlagen und Gremien der Jugendämter' };
}

function bodyObject(urls: Urls, office: OfficeRow): OparlObject {
  return {
    id: urls.body(office.id),
    type: `${SCHEMA}Body`,
    system: urls.system,
    name: office.name,
    organization: urls.organizations(office.id),
    person: urls.people(office.id),
    meeting: urls.meetings(office.id),
    paper: urls.papers(office.id),
    legislativeTerm: [],
    // An office keeps no change time of its own.
    created: office.createdAt.toISOString(),
    modified: office.createdAt.toISOString(),
  };
}

function organizationObject(urls: Urls, row: CommitteeRow): OparlObject {
  return {
    id: urls.organization(row.id),
    type: `${SCHEMA}Organization`,
    body: urls.body(row.officeId),
    name: row.name,
    ...(row.shortName ? { shortName: row.shortName } : {}),
    organizationType: committeeKindLabels[row.kind as CommitteeKind],
    ...times(row),
  };
}

function locationObject(urls: Urls, meeting: CommitteeMeetingRow): OparlObject {
  return { id: urls.location(meeting.id), type: `${SCHEMA}Location`, description: meeting.place, meetings: [urls.meeting(meeting.id)], ...times(meeting) };
}

function meetingObject(urls: Urls, row: CommitteeMeetingRow): OparlObject {
  return {
    id: urls.meeting(row.id),
    type: `${SCHEMA}Meeting`,
    name: row.name,
    start: row.startsAt.toISOString(),
    ...(row.endsAt ? { end: row.endsAt.toISOString() } : {}),
    ...(row.place ? { location: locationObject(urls, row) } : {}),
    organization: [urls.organization(row.committeeId)],
    ...times(row),
  };
}

function fileObject(urls: Urls, paper: PaperRow, which: PaperFileKind, spaceName: string | null, kept: PaperFileMeta | undefined): OparlFile {
  const id = urls.file(which, paper.id);
  const report = `Bericht zur Sozialraumorientierung ${paper.year}${spaceName ? ` – ${spaceName}` : ''}`;
  return {
    id,
    type: `${SCHEMA}File`,
    name: which === 'main' ? `Vorlage ${paper.reference}: ${paper.name}` : `Anlage 1 zur Vorlage ${paper.reference}: ${report}`,
    fileName: paperFileName(paper.reference, which),
    mimeType: 'application/pdf',
    date: paper.date,
    ...(kept ? { size: kept.sizeBytes, sha512Checksum: kept.sha512 } : {}),
    accessUrl: `${id}/access`,
    downloadUrl: `${id}/download`,
    paper: [urls.paper(paper.id)],
    ...times(paper),
  };
}

function consultationObject(urls: Urls, paper: PaperRow, c: ConsultationRow): OparlConsultation {
  return {
    id: urls.consultation(c.id),
    type: `${SCHEMA}Consultation`,
    paper: urls.paper(paper.id),
    ...(c.meetingId ? { meeting: urls.meeting(c.meetingId) } : {}),
    organization: [urls.organization(c.committeeId)],
    role: consultationRoleLabels[c.role as ConsultationRole],
    authoritative: c.role === 'decision',
    ...times(paper),
  };
}

type PaperParts = { related: RelatedRow[]; consultations: ConsultationRow[]; spaceName: string | null; files: PaperFileMeta[] };

function paperObject(urls: Urls, row: PaperRow, parts: PaperParts): OparlPaper {
  return {
    id: urls.paper(row.id),
    type: `${SCHEMA}Paper`,
    body: urls.body(row.officeId),
    name: row.name,
    reference: row.reference,
    date: row.date,
    paperType: row.paperType,
    // Only published papers are public: a related draft would be an address that answers 404.
    relatedPaper: parts.related.filter((r) => r.publishedAt).map((r) => urls.paper(r.id)),
    underDirectionOf: [urls.organization(row.responsibleUnitId)],
    mainFile: fileObject(urls, row, 'main', parts.spaceName, parts.files.find((f) => f.kind === 'main')),
    auxiliaryFile: [fileObject(urls, row, 'attachment', parts.spaceName, parts.files.find((f) => f.kind === 'attachment'))],
    consultation: parts.consultations.map((c) => consultationObject(urls, row, c)),
    ...times(row),
  };
}

/** Papers as OParl objects with their related papers, Beratungsfolge and files, in a fixed number of statements. */
async function paperObjects(tx: Db, urls: Urls, rows: readonly PaperRow[]): Promise<OparlPaper[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const related = await relatedOf(tx, ids);
  const consultations = await consultationsOf(tx, ids);
  const files = await paperFileMetas(tx, ids);
  const spaceNames = new Map<string, string>();
  for (const officeId of new Set(rows.filter((r) => r.spaceId).map((r) => r.officeId))) {
    for (const space of await spacesOfOffice(tx, officeId)) spaceNames.set(space.id, space.name);
  }
  return rows.map((row) =>
    paperObject(urls, row, {
      related: related.filter((r) => r.paperId === row.id),
      consultations: consultations.filter((c) => c.paperId === row.id),
      spaceName: row.spaceId ? (spaceNames.get(row.spaceId) ?? null) : null,
      files: files.filter((f) => f.paperId === row.id),
    }),
  );
}

// ---- lists ----

function pageRequest(query: OparlListQuery): PageRequest {
  return {
    page: query.page,
    perPage: Math.min(MAX_PAGE_SIZE, Math.max(1, query.elementsPerPage ?? DEFAULT_PAGE_SIZE)),
    createdSince: query.created_since,
    createdUntil: query.created_until,
    modifiedSince: query.modified_since,
    modifiedUntil: query.modified_until,
  };
}

/** A list page after OParl 1.1 ("Paginierung"): the links keep the client's filters and page size. */
function listPage(listUrl: string, query: OparlListQuery, request: PageRequest, data: OparlObject[], total: number): OparlList {
  const totalPages = Math.max(1, Math.ceil(total / request.perPage));
  const pageUrl = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ['created_since', 'created_until', 'modified_since', 'modified_until'] as const) {
      const value = query[key];
      if (value) params.set(key, value);
    }
    if (query.elementsPerPage !== undefined) params.set('elementsPerPage', String(request.perPage));
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `${listUrl}?${search}` : listUrl;
  };
  return {
    data,
    pagination: { totalElements: total, elementsPerPage: request.perPage, currentPage: request.page, totalPages },
    links: {
      first: pageUrl(1),
      ...(request.page > 1 ? { prev: pageUrl(Math.min(request.page - 1, totalPages)) } : {}),
      self: pageUrl(request.page),
      ...(request.page < totalPages ? { next: pageUrl(request.page + 1) } : {}),
      last: pageUrl(totalPages),
    },
  };
}

async function officeOrNotFound(tx: Db, officeId: string): Promise<OfficeRow> {
  const office = isUuid(officeId) ? await findOffice(tx, officeId) : undefined;
  if (!office) throw notFound('Die Körperschaft');
  return office;
}

// ---- use cases of the public routes ----

export function readOparlSystem(ctx: Ctx, publicUrl: string): OparlObject {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  return systemObject(oparlUrls(publicUrl));
}

export async function listOparlBodies(ctx: Ctx, publicUrl: string, query: OparlListQuery): Promise<OparlList> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const urls = oparlUrls(publicUrl);
  const request = pageRequest(query);
  const { rows, total } = await pageOfOffices(ctx.tx, request);
  return listPage(urls.bodies, query, request, rows.map((o) => bodyObject(urls, o)), total);
}

export async function readOparlBody(ctx: Ctx, publicUrl: string, officeId: string): Promise<OparlObject> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  return bodyObject(oparlUrls(publicUrl), await officeOrNotFound(ctx.tx, officeId));
}

export async function listOparlOrganizations(ctx: Ctx, publicUrl: string, officeId: string, query: OparlListQuery): Promise<OparlList> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const office = await officeOrNotFound(ctx.tx, officeId);
  const urls = oparlUrls(publicUrl);
  const request = pageRequest(query);
  const { rows, total } = await pageOfCommittees(ctx.tx, office.id, request);
  return listPage(urls.organizations(office.id), query, request, rows.map((r) => organizationObject(urls, r)), total);
}

/** The Body must name a list of persons; the app keeps no persons of the council, so it is always empty. */
export async function listOparlPeople(ctx: Ctx, publicUrl: string, officeId: string, query: OparlListQuery): Promise<OparlList> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const office = await officeOrNotFound(ctx.tx, officeId);
  const request = pageRequest(query);
  return listPage(oparlUrls(publicUrl).people(office.id), query, request, [], 0);
}

export async function listOparlMeetings(ctx: Ctx, publicUrl: string, officeId: string, query: OparlListQuery): Promise<OparlList> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const office = await officeOrNotFound(ctx.tx, officeId);
  const urls = oparlUrls(publicUrl);
  const request = pageRequest(query);
  const { rows, total } = await pageOfMeetings(ctx.tx, office.id, request);
  return listPage(urls.meetings(office.id), query, request, rows.map((r) => meetingObject(urls, r)), total);
}

export async function listOparlPapers(ctx: Ctx, publicUrl: string, officeId: string, query: OparlListQuery): Promise<OparlList> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const office = await officeOrNotFound(ctx.tx, officeId);
  const urls = oparlUrls(publicUrl);
  const request = pageRequest(query);
  const { rows, total } = await pageOfPublishedPapers(ctx.tx, office.id, request);
  return listPage(urls.papers(office.id), query, request, await paperObjects(ctx.tx, urls, rows), total);
}

export async function readOparlOrganization(ctx: Ctx, publicUrl: string, id: string): Promise<OparlObject> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const row = isUuid(id) ? await findCommittee(ctx.tx, id) : undefined;
  if (!row) throw notFound('Die Organisation');
  return organizationObject(oparlUrls(publicUrl), row);
}

async function meetingOrNotFound(tx: Db, id: string): Promise<CommitteeMeetingRow> {
  const [row] = isUuid(id) ? await meetingsByIds(tx, [id]) : [];
  if (!row) throw notFound('Die Sitzung');
  return row;
}

export async function readOparlMeeting(ctx: Ctx, publicUrl: string, id: string): Promise<OparlObject> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  return meetingObject(oparlUrls(publicUrl), await meetingOrNotFound(ctx.tx, id));
}

/** The place of a meeting (OParl Location), addressed by the meeting's id. */
export async function readOparlLocation(ctx: Ctx, publicUrl: string, meetingId: string): Promise<OparlObject> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const meeting = await meetingOrNotFound(ctx.tx, meetingId);
  if (!meeting.place) throw notFound('Der Ort');
  return locationObject(oparlUrls(publicUrl), meeting);
}

export async function readOparlPaper(ctx: Ctx, publicUrl: string, id: string): Promise<OparlPaper> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  return oparlPaper(ctx.tx, publicUrl, id, { includeDrafts: false });
}

export async function readOparlConsultation(ctx: Ctx, publicUrl: string, id: string): Promise<OparlConsultation> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const consultation = isUuid(id) ? await findConsultation(ctx.tx, id) : undefined;
  const paper = consultation ? await findPaper(ctx.tx, consultation.paperId) : undefined;
  const row = paper?.publishedAt ? (await consultationsOf(ctx.tx, [paper.id])).find((c) => c.id === id) : undefined;
  if (!paper || !row) throw notFound('Die Beratung');
  return consultationObject(oparlUrls(publicUrl), paper, row);
}

export async function readOparlFile(ctx: Ctx, publicUrl: string, fileId: string): Promise<OparlFile> {
  authorize(ctx.actor, committeePapersPolicy.oparl);
  const file = await paperOfFile(ctx.tx, fileId);
  if (!file) throw notFound('Die Datei');
  const paper = await oparlPaper(ctx.tx, publicUrl, file.paperId, { includeDrafts: false });
  return file.which === 'main' ? paper.mainFile : (paper.auxiliaryFile[0] ?? paper.mainFile);
}

// ---- for the exports, the CLI and the file downloads ----

/**
 * A paper as an OParl 1.1 Paper. Without `includeDrafts` a draft is not found (the public interface); staff exports
 * and the CLI pass `includeDrafts: true` after they have read the paper as the actor (`readPaper`), or give the
 * office the paper must belong to.
 */
export async function oparlPaper(tx: Db, publicUrl: string, paperId: string, options: { includeDrafts: boolean; officeId?: string }): Promise<OparlPaper> {
  const row = isUuid(paperId) ? await findPaper(tx, paperId) : undefined;
  if (!row || (options.officeId !== undefined && row.officeId !== options.officeId) || (!options.includeDrafts && !row.publishedAt)) throw notFound('Die Vorlage');
  const [paper] = await paperObjects(tx, oparlUrls(publicUrl), [row]);
  if (!paper) throw notFound('Die Vorlage');
  return paper;
}

/** The OParl Paper carrying the report of a year and scope (drafts included, as the actor's office sees it), or null. */
export async function oparlPaperForReport(ctx: Ctx, input: { year: number; spaceId: string | null; publicUrl: string }): Promise<OparlPaper | null> {
  const paper = await paperForReport(ctx, { year: input.year, spaceId: input.spaceId });
  return paper ? oparlPaper(ctx.tx, input.publicUrl, paper.id, { includeDrafts: true, officeId: officeOf(ctx.actor) }) : null;
}

/** Which published paper a public file id (`main-<id>`, `attachment-<id>`) belongs to; null for anything else. */
export async function paperOfFile(tx: Db, fileId: string): Promise<{ paperId: string; which: PaperFileKind; officeId: string } | null> {
  const match = FILE_ID.exec(fileId);
  if (!match?.[1] || !match[2]) return null;
  const row = await findPaper(tx, match[2]);
  if (!row?.publishedAt) return null;
  return { paperId: row.id, which: match[1] === 'main' ? 'main' : 'attachment', officeId: row.officeId };
}
