import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '../../shared/relation-ids'
import { LEAD_CONTEXT, leadFromInterest } from '../services/second-step-lead'

/**
 * A second-step campaign that opens in a federation (created as such, or turned into one) takes the leads that
 * were waiting for it: the federation's structures whose director answered « intéressé » and that are not leads
 * yet. Same transaction as the campaign: it exists with its leads, or not at all.
 */
export const takeWaitingLeads: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[LEAD_CONTEXT] || doc.step !== 'second') return doc
  if (operation === 'update' && (previousDoc as { step?: string } | undefined)?.step === 'second') return doc
  const { payload } = req
  const answers = await payload.find({
    collection: 'survey-responses',
    where: { secondTrainingInterest: { equals: 'interested' }, structure: { exists: true } },
    depth: 0,
    pagination: false,
    select: { structure: true },
    overrideAccess: true,
    req,
  })
  const interested = [...new Set(answers.docs.map((a) => relationId(a.structure)).filter((id): id is string => Boolean(id)))]
  if (interested.length === 0) return doc
  const federation = relationId(doc.federation)
  const waiting = await payload.find({
    collection: 'structures',
    where: {
      and: [
        { id: { in: interested } },
        federation ? { federation: { equals: federation } } : { federation: { exists: false } },
        { or: [{ contactStep: { exists: false } }, { contactStep: { not_equals: 'second' } }] },
      ],
    },
    depth: 0,
    pagination: false,
    joins: false,
    select: { siret: true },
    overrideAccess: true,
    req,
  })
  for (const structure of waiting.docs) await leadFromInterest(req, String(structure.id), 'interested')
  // The caller's copy shows the leads it now holds.
  const fresh = await payload.findByID({ collection: 'campaigns', id: doc.id, depth: 0, overrideAccess: true, req })
  return { ...doc, structures: fresh.structures }
}
