import { ValidationError, type PayloadRequest } from 'payload'
import type { FieldProblem } from '../../../src/validation/messages'
import { fieldLabelAt } from './field-label'

/**
 * Turns document-level problems into Payload's ValidationError (HTTP 400, one entry per field): nothing is written.
 * Each problem carries its field's label, so the refusal names « Lieu (espace ERIC) », not `venue`.
 */
export function rejectProblems(problems: FieldProblem[], collection: string, req: PayloadRequest): void {
  if (problems.length === 0) return
  const fields = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.flattenedFields ?? []
  const errors = problems.map((problem) => ({ ...problem, label: fieldLabelAt(fields, problem.path) ?? undefined }))
  throw new ValidationError({ collection, errors, req }, req.t)
}
