import type { CollectionSlug, Payload, Where } from 'payload'
import { FIRST_FEDERATION } from '../../collections/federations/phases'
import { FEDERATED_COLLECTIONS, FEDERATION_MEMBER_ROLES } from '../../collections/shared/access/federation-scope'

export interface BackfillReport {
  federation: string
  /** The first federation was made by this run (a database from before federations). */
  created: boolean
  /** Rows given the first federation, by collection. */
  rows: Record<string, number>
  /** Coordinators, editors and facilitators made members of it. */
  members: number
}

export const BACKFILL_REFUSED = {
  fr: 'Plusieurs fédérations existent déjà : le rattrapage ne se fait qu’une fois, avant d’en créer une deuxième (les contenus nationaux, sans fédération, y seraient rangés à tort)',
  en: 'several federations exist already: the backfill runs once, before a second one is made (national content, which has no federation, would be filed there wrongly)',
}

/**
 * Gives every row matching `where` the fields of `patch`, writing each row back whole: the SQLite adapter's update
 * rewrites every array of a document from the data it is given (a partial write would empty a session's slots or a
 * user's sign-in sessions), and MongoDB's sets the fields given. Rows leave `where` as they are written.
 */
async function fill(payload: Payload, collection: CollectionSlug, where: Where, patch: Record<string, unknown>): Promise<number> {
  let written = 0
  for (;;) {
    const { docs } = await payload.db.find<Record<string, unknown>>({ collection, where, limit: 100, pagination: false })
    if (docs.length === 0) return written
    for (const doc of docs) await payload.db.updateOne({ collection, id: doc.id as string, data: { ...doc, ...patch } })
    written += docs.length
  }
}

/**
 * What the SQLite migration 20261206_000756_federations does, for a database without migrations (MongoDB, the
 * compose deployment): every row of a federated collection without a federation goes into « FAS PACA-Corse-DOM »
 * (made if missing), and the coordinators, editors and facilitators of no federation become its members. Through
 * the adapter (no hooks: nothing else changes, nothing is mailed), on both adapters. Run once, before a second
 * federation exists; refused afterwards. A second run finds nothing to do.
 */
export async function backfillFirstFederation(payload: Payload): Promise<BackfillReport> {
  const { docs: federations } = await payload.find({ collection: 'federations', limit: 2, depth: 0, sort: 'createdAt', overrideAccess: true })
  if (federations.length > 1) throw new Error(`${BACKFILL_REFUSED.fr} / ${BACKFILL_REFUSED.en}`)
  const existing = federations[0]
  const federation = existing ? String(existing.id) : String((await payload.create({ collection: 'federations', data: { ...FIRST_FEDERATION }, overrideAccess: true })).id)
  const rows: Record<string, number> = {}
  for (const collection of FEDERATED_COLLECTIONS) rows[collection] = await fill(payload, collection, { federation: { exists: false } }, { federation })
  const members = await fill(payload, 'users', { and: [{ role: { in: [...FEDERATION_MEMBER_ROLES] } }, { federations: { exists: false } }] }, { federations: [federation] })
  return { federation, created: !existing, rows, members }
}
