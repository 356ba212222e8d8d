import type { Attachment } from '../../../common/api/projects';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { checkUpload } from '../../platform/files';
import { notFound } from '../../platform/http/errors';
import { projectForUpdate, projectTarget, userIdOf } from './project-context';
import { projectsPolicy } from './projects.policy';
import { deleteAttachmentRow, findAttachmentMeta, findAttachmentWithContent, findProject, insertAttachment } from './projects.queries';

const present = (a: { id: string; fileName: string; mediaType: string; sizeBytes: number; uploadedAt: Date }): Attachment => ({
  id: a.id,
  fileName: a.fileName,
  mediaType: a.mediaType,
  sizeBytes: a.sizeBytes,
  uploadedAt: a.uploadedAt.toISOString(),
});

/** Stores a file with the project, in the database (so every app server sees it), after checking its type and size. */
export async function addAttachment(ctx: Ctx, input: { id: string; fileName: string; bytes: Buffer }): Promise<Attachment> {
  const project = await projectForUpdate(ctx, input.id);
  authorize(ctx.actor, projectsPolicy.addAttachment, await projectTarget(ctx.tx, ctx.actor, project));
  const file = checkUpload({ fileName: input.fileName, bytes: input.bytes });
  const row = await insertAttachment(ctx.tx, { projectId: project.id, ...file, uploadedByUserId: userIdOf(ctx) });
  await recordAudit(ctx, { officeId: project.officeId, action: 'attach', entity: 'project', entityId: project.id, after: present(row) });
  return present(row);
}

export async function readAttachment(ctx: Ctx, input: { id: string; attachmentId: string }) {
  authorize(ctx.actor, projectsPolicy.readAttachment);
  const project = await findProject(ctx.tx, input.id);
  const attachment = await findAttachmentWithContent(ctx.tx, input.attachmentId);
  if (!project || project.officeId !== officeOf(ctx.actor) || attachment?.projectId !== project.id) throw notFound('Die Anlage');
  return attachment;
}

export async function deleteAttachment(ctx: Ctx, input: { id: string; attachmentId: string }): Promise<void> {
  const project = await projectForUpdate(ctx, input.id);
  authorize(ctx.actor, projectsPolicy.deleteAttachment, await projectTarget(ctx.tx, ctx.actor, project));
  const attachment = await findAttachmentMeta(ctx.tx, input.attachmentId);
  if (attachment?.projectId !== project.id) throw notFound('Die Anlage');
  await deleteAttachmentRow(ctx.tx, attachment.id);
  await recordAudit(ctx, { officeId: project.officeId, action: 'detach', entity: 'project', entityId: project.id, before: present(attachment) });
}
