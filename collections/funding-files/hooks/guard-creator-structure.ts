import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'
import { relationId } from '../../shared/relation-ids'

/** A structure admin files for their own structure(s) only, on creation and when editing. */
export const guardCreatorStructure: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || !hasRole(req, 'structure-admin')) return data
  const structure = relationId(data.structure ?? originalDoc?.structure)
  if (!structure || !ownStructureIds(req).includes(structure)) {
    throw new APIError(
      "Vous ne pouvez déposer un dossier que pour votre structure / you can only file for your own structure",
      403,
      { code: 'forbidden' },
      true,
    )
  }
  return data
}
