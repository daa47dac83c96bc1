import type { Payload } from 'payload'
import { relationIds } from '../../../collections/shared/relation-ids'
import type { User } from '../../payload-types'
import type { ContentReport } from './ensure'

/** Demo accounts that the content is attached to (see ../demo-accounts.ts). */
export const DEMO_STRUCTURE_ADMIN = 'structure@essaim.local'
export const DEMO_FACILITATOR = 'animation@essaim.local'

export async function findUserByEmail(payload: Payload, email: string): Promise<User | undefined> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

/** Makes the demo structure admin the administrator of a structure; adds it to their tenants if missing. */
export async function linkStructureAdmin(payload: Payload, report: ContentReport, structureId: string): Promise<void> {
  const user = await findUserByEmail(payload, DEMO_STRUCTURE_ADMIN)
  if (!user) return
  const current = relationIds(user.structures)
  if (current.includes(structureId)) {
    report.unchanged += 1
    return
  }
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { structures: [...current, structureId] },
    overrideAccess: true,
  })
  report.created += 1
}
