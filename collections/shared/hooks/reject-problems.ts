import { ValidationError, type PayloadRequest } from 'payload'
import type { FieldProblem } from '../../../src/validation/messages'

/** Turns document-level problems into Payload's ValidationError (HTTP 400, one entry per field): nothing is written. */
export function rejectProblems(problems: FieldProblem[], collection: string, req: PayloadRequest): void {
  if (problems.length === 0) return
  throw new ValidationError({ collection, errors: problems, req }, req.t)
}
