import type { Access, FieldAccess } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'
import { whereIdIn } from '../../shared/access/where-id-in'
import { facilitatorStructures } from './read-structures'

/**
 * Staff update any structure; a structure admin their own (never the pairing or the worklist status, see field
 * access); a facilitator only the contact status of the structures they work with.
 */
export const updateStructures: Access = async (args) => {
  const { req } = args
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereIdIn(ownStructureIds(req))
  if (hasRole(req, 'facilitator')) return facilitatorStructures(args)
  return false
}

/** Every field but the contact status is out of a facilitator's reach. */
export const notFacilitator: FieldAccess = ({ req }) => !hasRole(req, 'facilitator')

/** The worklist status belongs to the people who approach structures: staff and facilitators. */
export const contactStatusEditors: FieldAccess = ({ req }) => isStaff(req) || hasRole(req, 'facilitator')
