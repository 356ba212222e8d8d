import { allowPublic, allowRoles } from '../../platform/auth/policy';

/** The object's office: another office's object is reported as not found. */
type InOffice = { officeId: string };

const managers = ['admin', 'head_of_department'] as const;
/**
 * The committee's members read the papers written for them; the department's staff read them too. Provider editors
 * do not: a draft is the administration's until it is published (then it is public through OParl).
 */
const readers = [...managers, 'team_member', 'committee'] as const;

export const committeePapersPolicy = {
  listCommittees: allowRoles('committeePapers.listCommittees', readers),
  createCommittee: allowRoles('committeePapers.createCommittee', managers),
  updateCommittee: allowRoles<InOffice>('committeePapers.updateCommittee', managers),
  listMeetings: allowRoles('committeePapers.listMeetings', readers),
  createMeeting: allowRoles('committeePapers.createMeeting', managers),
  updateMeeting: allowRoles<InOffice>('committeePapers.updateMeeting', managers),
  listPapers: allowRoles('committeePapers.listPapers', readers),
  readPaper: allowRoles<InOffice>('committeePapers.readPaper', readers),
  createPaper: allowRoles('committeePapers.createPaper', managers),
  updatePaper: allowRoles<InOffice>('committeePapers.updatePaper', managers),
  publishPaper: allowRoles<InOffice>('committeePapers.publishPaper', managers),
  /** Only a draft: a published paper is public record. */
  deletePaper: allowRoles<InOffice>('committeePapers.deletePaper', managers),
  /** OParl 1.1: public and read-only, published papers only (drafts answer 404). */
  oparl: allowPublic('committeePapers.oparl'),
} as const;
