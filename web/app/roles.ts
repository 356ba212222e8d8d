import type { AccountRole } from '../../common/roles';

/** Who manages social spaces: the same roles as the server's socialSpacesPolicy (create, update, delete, import). */
export const spaceManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who manages the network of actors (organisations, teams, contracts, positions): the server's networkPolicy managers. */
export const networkManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who edits offers (each within their own part, the server decides which): the server's servicesPolicy editors. */
export const serviceEditorRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who edits every offer of the office and may delete offers. */
export const serviceManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who records and reads needs (of the spaces where they are on the team; managers all): the server's needsPolicy staff. */
export const needRecorderRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who sees the gap analysis (aggregates only): staff and the committee. */
export const gapReaderRoles: readonly AccountRole[] = [...needRecorderRoles, 'committee'];

/** Who may delete a need (entries made by mistake): the server's needsPolicy managers. */
export const needManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who reads a space's budget (figures): the server's budgetPolicy.readBudget. */
export const budgetReaderRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'committee'];

/** Who books, reverses, opens and closes budget years: the server's budgetPolicy managers. */
export const budgetManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who reads the bookings of a line (the ledger): the server's budgetPolicy.readLedger. */
export const budgetLedgerRoles: readonly AccountRole[] = [...budgetManagerRoles, 'team_member'];

/** Who reads projects and measures: the server's projectsPolicy.readProject (staff and the committee). */
export const projectReaderRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor', 'committee'];

/** Who creates and changes projects (in spaces where they are on the team; managers all): projectsPolicy's staff. */
export const projectWriterRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who may delete a project: projectsPolicy.deleteProject. */
export const projectManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who downloads a project's attachments: projectsPolicy.readAttachment (not the committee). */
export const projectAttachmentRoles: readonly AccountRole[] = projectWriterRoles;

/** Who binds budget money for a project: the budget's managers, and team members for lines of their spaces. */
export const commitmentWriterRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member'];

/** Who sees the people behind "Viele Schultern" (in their spaces; managers all): networkAnalysisPolicy's staff. */
export const networkAnalysisStaffRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who reads "Viele Schultern" and the network map: the staff, and the committee (aggregates and organisations only). */
export const networkAnalysisReaderRoles: readonly AccountRole[] = [...networkAnalysisStaffRoles, 'committee'];

/** Who changes the weights of the contributions to network work: networkAnalysisPolicy.updateWeights. */
export const contributionWeightRoles: readonly AccountRole[] = ['admin'];

/** Who plans and reads network meetings (in spaces where they are on the team; managers all): meetingsPolicy's staff. */
export const meetingRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who may delete a meeting that is still planned: meetingsPolicy.deleteMeeting. */
export const meetingManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who records and reads collegial case consultations (their spaces; managers all): caseConsultationsPolicy's staff. */
export const consultationStaffRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who sees the consultations' figures (counts only): the staff and the committee. */
export const consultationReaderRoles: readonly AccountRole[] = [...consultationStaffRoles, 'committee'];

/** Who deletes a consultation recorded by mistake: caseConsultationsPolicy.deleteConsultation. */
export const consultationManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who sets the roles a consultation needs: caseConsultationsPolicy.manageSettings. */
export const consultationSettingsRoles: readonly AccountRole[] = ['admin'];

/** Who reads the yearly report (Jahresbericht): annualReportPolicy.readReport (small counts hidden for everyone). */
export const reportReaderRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor', 'committee'];

/** Who writes the report's text blocks everywhere (the office-wide ones too): annualReportPolicy.writeText's managers. */
export const reportManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who may write the text blocks of a space (team members: of their team's spaces only; the server decides). */
export const reportTextWriterRoles: readonly AccountRole[] = [...reportManagerRoles, 'team_member'];
