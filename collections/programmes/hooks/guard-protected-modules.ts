import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { protectedModuleProblems, type ModuleInput } from '../../../src/validation/protected-modules'
import { rejectProblems } from '../../shared/hooks/reject-problems'

/**
 * "Don't cut the why": compared with the latest version, a protected module must survive every edit unchanged in
 * length and protection, unless an admin makes the edit. System writes (no user: seed, scripts) are trusted.
 */
export const guardProtectedModules: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || !req.user || hasRole(req, 'admin')) return data
  if (data.modules === undefined) return data
  const before = (originalDoc as { modules?: ModuleInput[] } | undefined)?.modules
  rejectProblems(protectedModuleProblems(before, data.modules as ModuleInput[]), collection.slug, req)
  return data
}
