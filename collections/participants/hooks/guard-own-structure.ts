import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { bilingual } from '../../../src/validation/messages'
import { ownStructureIds } from '../../shared/access/tenancy'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { resultingDoc } from '../../shared/hooks/resulting-doc'
import { relationId } from '../../shared/relation-ids'

/** A structure admin's people belong to one of their structures, on creation and after every edit. */
export const guardOwnStructure: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  if (!req.user || !hasRole(req, 'structure-admin')) return data
  const structure = relationId(resultingDoc(originalDoc, data).structure)
  if (structure === undefined || !ownStructureIds(req).includes(structure)) {
    rejectProblems(
      [
        {
          path: 'structure',
          message: bilingual(
            'Vous ne pouvez inscrire que le personnel de vos structures',
            'you may only register the staff of your own structures',
          ),
        },
      ],
      collection.slug,
      req,
    )
  }
  return data
}
