import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { bilingual } from '../../../src/validation/messages'
import { ownStructureIds } from '../../shared/access/tenancy'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { relationId } from '../../shared/relation-ids'

/** A structure admin with one structure files for it without having to pick it. */
export const defaultComplaintStructure: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.structure || !hasRole(req, 'structure-admin')) return data
  const own = ownStructureIds(req)
  return own.length === 1 ? { ...data, structure: own[0] } : data
}

/** A structure admin's complaint is about one of their structures: they read it back, and only they do. */
export const guardComplaintStructure: CollectionBeforeChangeHook = ({ data, req, collection }) => {
  if (!hasRole(req, 'structure-admin')) return data
  const structure = relationId(data.structure)
  if (structure && ownStructureIds(req).includes(structure)) return data
  const message = bilingual('Choisissez une de vos structures', 'choose one of your own structures')
  rejectProblems([{ path: 'structure', message }], collection.slug, req)
  return data
}
