import type { Access, FieldAccess } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'
import { whereAnyIn } from '../../shared/access/where-id-in'
import { facilitatedSessionIds } from '../../sessions/access/facilitated-sessions'

/**
 * Staff see every enrolment; a structure admin those of their structures; a facilitator those of their sessions.
 * Used by attendance and survey responses too: all three carry `session` and `structure`.
 */
export const readSessionRecords: Access = async ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structure: ownStructureIds(req) })
  if (hasRole(req, 'facilitator')) return whereAnyIn({ session: await facilitatedSessionIds(req) })
  return false
}

/** Structure admins enrol their own staff (checked on the participant by a hook) and edit those enrolments. */
export const createEnrolments: Access = ({ req }) => isStaff(req) || hasRole(req, 'structure-admin')
export const updateEnrolments: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structure: ownStructureIds(req) })
  return false
}

/** Written by the system (attendance, questionnaires) or corrected by staff; never typed by a structure admin. */
export const systemOrStaffField: FieldAccess = ({ req }) => !req.user || isStaff(req)
