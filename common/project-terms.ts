// Value lists of projects and measures (Projekte und Maßnahmen) with their German labels.

export const projectStatuses = ['idea', 'planned', 'running', 'completed', 'stopped'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const projectStatusLabels: Record<ProjectStatus, string> = {
  idea: 'Idee',
  planned: 'geplant',
  running: 'läuft',
  completed: 'abgeschlossen',
  stopped: 'eingestellt',
};

/** The moves a project may make; completed and stopped are final. Stopping always needs a reason. */
export const projectStatusMoves: Record<ProjectStatus, readonly ProjectStatus[]> = {
  idea: ['planned', 'running', 'stopped'],
  planned: ['idea', 'running', 'stopped'],
  running: ['completed', 'stopped'],
  completed: [],
  stopped: [],
};

export const initiators = ['affected', 'professionals', 'joint'] as const;
export type Initiator = (typeof initiators)[number];
export const initiatorLabels: Record<Initiator, string> = {
  affected: 'von Betroffenen',
  professionals: 'von Fachkräften',
  joint: 'gemeinsam',
};

export const commitmentStatuses = ['pending', 'open', 'closed', 'rejected'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  pending: 'wartet auf Freigabe',
  open: 'gebunden',
  closed: 'abgerechnet',
  rejected: 'abgelehnt',
};

/** Files a project or a booking may carry: checked by their first bytes, not by the name the browser gives. */
export const attachmentMaxBytes = 10 * 1024 * 1024;
export const attachmentTypes = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-Text (ODT)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument-Tabelle (ODS)',
  'text/plain': 'Text',
} as const;
export type AttachmentType = keyof typeof attachmentTypes;
