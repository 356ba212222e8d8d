import type { FieldError } from '../../../common/problem';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/http/errors';
import { officeRegion } from '../offices';
import { type Boundary, boundaryProblems, regionProblem } from './geometry';

/** Validates a boundary for an office: structure, ranges, closed rings, and the office's region (swapped axes). */
export async function boundaryErrors(tx: Db, officeId: string, boundary: unknown, field: string, label = ''): Promise<FieldError[]> {
  const problems = boundaryProblems(boundary);
  if (problems.length === 0) {
    const outside = regionProblem(boundary as Boundary, await officeRegion(tx, officeId));
    if (outside) problems.push(outside);
  }
  return problems.map((p) => ({ field: p.path ? `${field}.${p.path}` : field, message: `${label}${p.message}` }));
}

export async function assertBoundary(tx: Db, officeId: string, boundary: unknown, field = 'boundary'): Promise<Boundary> {
  const errors = await boundaryErrors(tx, officeId, boundary, field);
  if (errors.length) throw new DomainError('INVALID_INPUT', errors.map((e) => e.message).join(' '), errors);
  return boundary as Boundary;
}
