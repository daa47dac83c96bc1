import type { Payload, Where } from 'payload'
import { relationId } from '../../../collections/shared/relation-ids'
import type { LinkedCount } from './types'

/** A second-step lead that filed a request: the file's creation moves its status on (src/campaigns/contact-status.ts). */
const FILED = ['engaged', 'trained']

type Link = (collection: 'structures' | 'survey-responses', base: readonly Where[], ...more: Where[]) => string

/** The structures of the dashboard's scope, as the second step sees them. */
export interface StepMember {
  id: string | number
  contactStatus?: string | null
  contactStep?: string | null
}

/**
 * From the first step to the second, among the structures in scope: how many have a director who answered
 * « intéressé » to the cold survey's offer, how many of them became leads of a second-step campaign, and how many
 * of those filed a funding request for it. Each with the admin list of what it counts.
 */
export async function secondStepFigures(
  payload: Payload,
  members: readonly StepMember[],
  base: readonly Where[],
  link: Link,
): Promise<{ interested: LinkedCount; leads: LinkedCount; filed: LinkedCount }> {
  const ids = members.map((m) => String(m.id))
  const answers = ids.length
    ? (
        await payload.find({
          collection: 'survey-responses',
          where: { and: [{ secondTrainingInterest: { equals: 'interested' } }, { structure: { in: ids } }] },
          depth: 0,
          pagination: false,
          select: { structure: true },
          overrideAccess: true,
        })
      ).docs
    : []
  const interested = [...new Set(answers.map((a) => relationId(a.structure)).filter((id): id is string => Boolean(id)))]
  const leads = members.filter((m) => m.contactStep === 'second')
  const isLead: Where = { contactStep: { equals: 'second' } }
  return {
    interested: {
      key: 'interested',
      count: interested.length,
      link: link('survey-responses', [{ secondTrainingInterest: { equals: 'interested' } }, { structure: { in: interested } }]),
    },
    leads: { key: 'leads', count: leads.length, link: link('structures', base, isLead) },
    filed: {
      key: 'filed',
      count: leads.filter((m) => FILED.includes(m.contactStatus ?? '')).length,
      link: link('structures', base, isLead, { contactStatus: { in: FILED } }),
    },
  }
}
