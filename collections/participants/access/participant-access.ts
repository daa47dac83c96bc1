import type { Access } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'
import { whereAnyIn, whereIdIn } from '../../shared/access/where-id-in'
import { relationIds } from '../../shared/relation-ids'
import { facilitatedSessionIds } from '../../sessions/access/facilitated-sessions'

/**
 * Participants are personal data (GDPR): staff see everyone; a structure admin their own staff; a facilitator the
 * people enrolled in their sessions; editors only those who agreed to give a testimony (story candidates).
 */
export const readParticipants: Access = async ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structure: ownStructureIds(req) })
  if (hasRole(req, 'editor')) return { 'consents.testimony': { equals: true } }
  if (hasRole(req, 'facilitator')) {
    const sessions = await facilitatedSessionIds(req)
    if (sessions.length === 0) return false
    const { docs } = await req.payload.find({
      collection: 'enrolments',
      where: { session: { in: sessions } },
      depth: 0,
      pagination: false,
      select: { participant: true },
      overrideAccess: true,
      req,
    })
    return whereIdIn(docs.flatMap((d) => relationIds(d.participant)))
  }
  return false
}

/** Structure admins add and edit their own staff (the structure of a new person is checked by a hook). */
export const writeParticipants: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structure: ownStructureIds(req) })
  return false
}

export const createParticipants: Access = ({ req }) => isStaff(req) || hasRole(req, 'structure-admin')
