import { attachmentTypes } from '../../../../common/project-terms';

/** What the file picker offers for a receipt: the types the server accepts (it checks the first bytes, not the name). */
export const receiptAccept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.txt,.csv';

/** "PDF, PNG, JPEG, …; höchstens 10 MB": the hint at a receipt's file field. */
export const receiptTypesText = `Erlaubt: ${Object.values(attachmentTypes).join(', ')}; höchstens 10 MB`;

/** "12 KB", "1,5 MB" */
export const fileSizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
