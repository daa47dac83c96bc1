import { bilingual, type FieldProblem } from './messages'

export interface ModuleInput {
  id?: string | null
  title?: string | null
  minutes?: number | null
  protected?: boolean | null
}

const label = (module: ModuleInput) => module.title?.trim() || module.id || '?'

const removed = (module: ModuleInput) =>
  bilingual(
    `Le module protégé « ${label(module)} » ne peut pas être supprimé (seul un administrateur le peut)`,
    `the protected module "${label(module)}" cannot be removed (only an administrator can)`,
  )
const shortened = (module: ModuleInput, from: number, to: number) =>
  bilingual(
    `Le module protégé « ${label(module)} » ne peut pas être raccourci (${from} → ${to} min ; seul un administrateur le peut)`,
    `the protected module "${label(module)}" cannot be shortened (${from} → ${to} min; only an administrator can)`,
  )
const unprotected = (module: ModuleInput) =>
  bilingual(
    `Le module « ${label(module)} » ne peut pas perdre sa protection (seul un administrateur le peut)`,
    `the module "${label(module)}" cannot lose its protection (only an administrator can)`,
  )

/**
 * The "don't cut the why" lesson: compared with the programme as it was, a protected module must still be there
 * (same row id), protected, and at least as long. Modules are matched by row id, so re-ordering is free and
 * re-creating a row under a new id counts as removing the old one.
 */
export function protectedModuleProblems(
  before: readonly ModuleInput[] | null | undefined,
  after: readonly ModuleInput[] | null | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const next = after ?? []
  for (const old of before ?? []) {
    if (!old.protected) continue
    const index = next.findIndex((m) => m.id && m.id === old.id)
    if (index < 0) {
      problems.push({ path: 'modules', message: removed(old) })
      continue
    }
    const current = next[index]
    if (!current.protected) problems.push({ path: `modules.${index}.protected`, message: unprotected(old) })
    const from = old.minutes ?? 0
    const to = current.minutes ?? 0
    if (to < from) problems.push({ path: `modules.${index}.minutes`, message: shortened(old, from, to) })
  }
  return problems
}
