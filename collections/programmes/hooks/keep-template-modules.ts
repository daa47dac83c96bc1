import type { CollectionBeforeChangeHook } from 'payload'
import { inheritedFrom, protectedModuleProblems, type ModuleInput } from '../../../src/validation/protected-modules'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { relationId } from '../../shared/relation-ids'
import { loadTemplate } from './inherit-template'

/**
 * « Le pourquoi reste partout »: on every save of an edition, by anyone (an admin too: an edition that may drop the
 * why is no longer an edition of the national programme), each protected module of its template is there, as long
 * and still protected. The edition may add modules and reorder them. Standalone programmes keep their own guard
 * (hooks/guard-protected-modules), which runs after this one.
 */
export const keepTemplateModules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const stored = originalDoc as { id?: unknown; template?: unknown; modules?: ModuleInput[] } | undefined
  const templateId = relationId(data.template !== undefined ? data.template : stored?.template)
  if (!templateId || templateId === relationId(stored?.id)) return data
  const template = await loadTemplate(req, templateId, collection.slug)
  if (!template) return data
  const modules = (data.modules !== undefined ? data.modules : stored?.modules) as ModuleInput[] | undefined
  rejectProblems(protectedModuleProblems(template.modules, modules, inheritedFrom(template.title)), collection.slug, req)
  return data
}
