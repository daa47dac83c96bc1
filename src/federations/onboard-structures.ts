import { parseStructureFile } from '../import/parse'
import type { StructureRow } from '../import/rows'
import type { StructuresFile } from './onboard-input'
import { FILE_REFUSED, rowsRefused, type OnboardingRefusal } from './onboard-refusal'

export type CheckedStructures = { ok: true; rows: StructureRow[]; total: number } | { ok: false; refusal: OnboardingRefusal }

/**
 * The structures file checked whole before anything is written (the import's own file check, src/import/parse.ts).
 * Unlike a plain import, which stores the good lines and reports the others, onboarding is all or nothing: one bad
 * line refuses the file, with every bad line named, so the admin corrects it once and starts again.
 */
export async function checkStructuresFile(file: StructuresFile | undefined): Promise<CheckedStructures> {
  if (!file) return { ok: true, rows: [], total: 0 }
  const parsed = await parseStructureFile(file.bytes, file.filename)
  if (!parsed.ok) return { ok: false, refusal: { status: 400, code: 'file_refused', message: FILE_REFUSED(parsed.error) } }
  if (parsed.errors.length > 0) return { ok: false, refusal: { status: 400, code: 'rows_refused', message: rowsRefused(parsed.errors), rows: parsed.errors } }
  return { ok: true, rows: parsed.valid, total: parsed.total }
}
