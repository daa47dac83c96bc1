import { inheritedFrom, type ModuleInput } from '../validation/protected-modules'

/** What following the template changed in an edition, module by module (a mail tells the federation). */
export interface ModuleChange {
  module: string
  change: 'added' | 'lengthened' | 'protected'
  /** Minutes before and after, for a lengthened module. */
  from?: number
  to?: number
}

/**
 * An edition's modules brought in line with its national template's protected ones: each there (copied at its
 * place in the template when missing), protected, and at least as long. Nothing else of the edition is touched: its
 * own modules, its order, its longer modules. Without this, a protected module the national coordination adds or
 * lengthens would make every edition's next save refused for a cut nobody in the federation made.
 */
export function followTemplate<M extends ModuleInput>(
  template: readonly M[],
  edition: readonly M[],
  templateTitle: string,
): { modules: M[]; changes: ModuleChange[] } {
  const rule = inheritedFrom(templateTitle)
  const modules = edition.map((m) => ({ ...m }))
  const changes: ModuleChange[] = []
  template.forEach((kept, position) => {
    if (!kept.protected) return
    const name = kept.title?.trim() || '?'
    const index = rule.find(kept, modules)
    if (index < 0) {
      const { id, ...copy } = kept
      modules.splice(Math.min(position, modules.length), 0, { ...copy, templateModule: id ?? null } as M)
      changes.push({ module: name, change: 'added' })
      return
    }
    const current = modules[index]
    if (!current.protected) {
      current.protected = true
      changes.push({ module: name, change: 'protected' })
    }
    const from = current.minutes ?? 0
    const to = kept.minutes ?? 0
    if (from < to) {
      current.minutes = to
      changes.push({ module: name, change: 'lengthened', from, to })
    }
  })
  return { modules, changes }
}
