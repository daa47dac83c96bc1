import { bilingual, type FieldProblem } from './messages'

export interface ModuleInput {
  id?: string | null
  title?: string | null
  minutes?: number | null
  protected?: boolean | null
  /** In a federation's edition: the row id of the template's module it was copied from. */
  templateModule?: string | null
}

/** Who may still remove, shorten or unprotect the module, as the refusal tells it. */
export interface Authority {
  fr: string
  en: string
}

/**
 * How a protected module of `before` is looked for in `after` (its index, or -1), and who may still cut it. Within
 * one programme, by row id; an edition against its template, through the copied module's key.
 */
export interface ProtectionRule {
  find: (kept: ModuleInput, after: readonly ModuleInput[]) => number
  authority: Authority
}

const label = (module: ModuleInput) => module.title?.trim() || module.id || '?'

const removed = (module: ModuleInput, why: Authority) =>
  bilingual(
    `Le module protégé « ${label(module)} » ne peut pas être supprimé (${why.fr})`,
    `the protected module "${label(module)}" cannot be removed (${why.en})`,
  )
const shortened = (module: ModuleInput, from: number, to: number, why: Authority) =>
  bilingual(
    `Le module protégé « ${label(module)} » ne peut pas être raccourci (${from} → ${to} min ; ${why.fr})`,
    `the protected module "${label(module)}" cannot be shortened (${from} → ${to} min; ${why.en})`,
  )
const unprotected = (module: ModuleInput, why: Authority) =>
  bilingual(
    `Le module « ${label(module)} » ne peut pas perdre sa protection (${why.fr})`,
    `the module "${label(module)}" cannot lose its protection (${why.en})`,
  )

/** Within one programme: the same row, which only an admin may cut. */
export const SAME_PROGRAMME: ProtectionRule = {
  find: (kept, after) => after.findIndex((m) => m.id && m.id === kept.id),
  authority: { fr: 'seul un administrateur le peut', en: 'only an administrator can' },
}

const sameTitle = (a: ModuleInput, b: ModuleInput) =>
  Boolean(a.title?.trim()) && a.title?.trim().toLocaleLowerCase('fr') === b.title?.trim().toLocaleLowerCase('fr')

/**
 * A federation's edition against its national template: the module copied from the template's row, else (an
 * edition whose modules were typed rather than copied) one of the same title. Nobody cuts it in an edition: the
 * « pourquoi » stays everywhere.
 */
export function inheritedFrom(templateTitle: string): ProtectionRule {
  return {
    find: (kept, after) => {
      const copied = after.findIndex((m) => kept.id && m.templateModule === kept.id)
      return copied >= 0 ? copied : after.findIndex((m) => !m.templateModule && sameTitle(m, kept))
    },
    authority: {
      fr: `le programme national « ${templateTitle} » le protège dans chaque édition`,
      en: `the national programme "${templateTitle}" protects it in every edition`,
    },
  }
}

/**
 * The "don't cut the why" lesson: compared with the programme as it was (or with the template an edition derives
 * from), a protected module must still be there, protected, and at least as long. Re-ordering is free; within one
 * programme, re-creating a row under a new id counts as removing the old one.
 */
export function protectedModuleProblems(
  before: readonly ModuleInput[] | null | undefined,
  after: readonly ModuleInput[] | null | undefined,
  rule: ProtectionRule = SAME_PROGRAMME,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const next = after ?? []
  const why = rule.authority
  for (const old of before ?? []) {
    if (!old.protected) continue
    const index = rule.find(old, next)
    if (index < 0) {
      problems.push({ path: 'modules', message: removed(old, why) })
      continue
    }
    const current = next[index]
    if (!current.protected) problems.push({ path: `modules.${index}.protected`, message: unprotected(old, why) })
    const from = old.minutes ?? 0
    const to = current.minutes ?? 0
    if (to < from) problems.push({ path: `modules.${index}.minutes`, message: shortened(old, from, to, why) })
  }
  return problems
}
