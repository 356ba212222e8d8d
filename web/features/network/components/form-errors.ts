import { ApiError } from '../../../components/api/api-error';

export type FieldProblem = { field: string; message: string };

/** Problems found before sending, in the same shape as the server's, so that one ErrorAlert shows both. */
export const invalidInput = (fieldErrors: FieldProblem[]) =>
  new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors });
