import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { RowError, StructureRow } from '../../src/import/rows'
import { regionOfDepartement } from '../../src/validation/departements'
import { opcoForIdcc } from '../../src/validation/idcc'
import { CHOOSE_FEDERATION, soleFederationId } from '../shared/fields/federation'
import { bilingual } from '../../src/validation/messages'
import { inTransaction } from '../../src/lib/transaction'
import { yieldToEventLoop } from './batches'
import { relationId } from '../shared/relation-ids'

/** The stored fields an import may change (compared to skip rows that change nothing). */
const WRITABLE = [
  'name',
  'type',
  'departement',
  'commune',
  'postalCode',
  'street',
  'contactEmail',
  'managingAssociation',
  'idcc',
  'headcountBand',
] as const
type Writable = (typeof WRITABLE)[number]

interface Stored extends Partial<Record<Writable, string | null>> {
  id: string
  siret: string
  assignedFacilitator?: string
  federation?: string
}

export interface WriteCounts {
  processed: number
  created: number
  updated: number
  unchanged: number
  /** Rows refused at write time (unknown facilitator, a rule of the collection the file check did not know). */
  failed: number
}

export interface WriteOptions {
  batchSize?: number
  /** Called inside each batch's transaction, so what it records commits with the batch. */
  onBatch?: (counts: WriteCounts, req: PayloadRequest) => Promise<void>
  context?: Record<string, unknown>
  /** The federation new structures go into: the importer's; by default the platform's only one. */
  federationId?: string
  /**
   * Write every row in this request's transaction instead of one per batch (onboarding a federation: the structures
   * commit with the federation or not at all). A failing batch is then not replayed row by row: the error goes to
   * the caller, whose transaction is spoiled anyway.
   */
  req?: PayloadRequest
}

const OTHER_FEDERATION = bilingual(
  'Cette structure (même SIRET) appartient à une autre fédération',
  'this structure (same SIRET) belongs to another federation',
)

const UNKNOWN_FACILITATOR = (email: string) =>
  bilingual(`Aucun animateur n’a le compte « ${email} »`, `no facilitator has the account "${email}"`)

/** Every structure, by SIRET, with the fields an import compares: one read instead of one per row. */
async function storedBySiret(payload: Payload): Promise<Map<string, Stored>> {
  const select = Object.fromEntries([...WRITABLE, 'siret', 'assignedFacilitator', 'federation'].map((f) => [f, true]))
  const { docs } = await payload.find({ collection: 'structures', pagination: false, depth: 0, joins: false, select, overrideAccess: true })
  return new Map(
    docs.map((d) => {
      const doc = d as unknown as Stored & { assignedFacilitator?: unknown; federation?: unknown }
      return [doc.siret, { ...doc, id: String(doc.id), assignedFacilitator: relationId(doc.assignedFacilitator), federation: relationId(doc.federation) }]
    }),
  )
}

/** Facilitator profiles by their account's e-mail (lower case), for the rows that name one. */
async function facilitatorsByEmail(payload: Payload, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map()
  const users = await payload.find({
    collection: 'users',
    where: { and: [{ email: { in: emails } }, { role: { equals: 'facilitator' } }] },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
  })
  const emailByUser = new Map(users.docs.map((u) => [String(u.id), String(u.email).toLowerCase()]))
  if (emailByUser.size === 0) return new Map()
  const profiles = await payload.find({
    collection: 'facilitators',
    where: { user: { in: [...emailByUser.keys()] } },
    pagination: false,
    depth: 0,
    select: { user: true },
    overrideAccess: true,
  })
  return new Map(profiles.docs.map((p) => [emailByUser.get(relationId(p.user) ?? '') ?? '', String(p.id)]))
}

/** The row's values that differ from what is stored (all of them for a new structure). */
function changes(row: StructureRow, stored: Stored | undefined, facilitatorId: string | undefined): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of WRITABLE) {
    const value = row[field]
    if (value !== undefined && value !== (stored?.[field] ?? undefined)) data[field] = value
  }
  if (facilitatorId && facilitatorId !== stored?.assignedFacilitator) data.assignedFacilitator = facilitatorId
  return data
}

type Outcome = 'created' | 'updated' | 'unchanged'

/**
 * A new structure as the collection's hooks would store it: region from the département (address field hook),
 * OPCO from the IDCC (deriveOpco), status "to approach" stamped now (default value, stampContactStatus),
 * timestamps. tests/int/campaigns-import.test.ts compares it with a structure created through the Local API, so a
 * hook added to the collection without a line here fails that test instead of drifting silently.
 */
export function newStructureDoc(row: StructureRow, facilitatorId: string | undefined, now: string, federation: string): Record<string, unknown> {
  const data = changes(row, undefined, facilitatorId)
  const opco = opcoForIdcc(row.idcc)
  return {
    ...data,
    siret: row.siret,
    federation,
    region: regionOfDepartement(row.departement),
    ...(opco ? { opco } : {}),
    contactStatus: 'to-approach',
    contactStatusChangedAt: now,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Upserts valid rows by SIRET, in transactions of `batchSize` rows (one SQLite commit per batch instead of one
 * per row).
 * - New structures are written straight through the database adapter (`payload.db.create`, no hooks, see
 *   newStructureDoc): the Local API costs 4 to 5 times as much per row, and a region's first import is
 *   thousands of new rows. The rows were fully checked by the file check (src/import/rows.ts) beforehand.
 * - Changed structures go through the Local API (`payload.update`), so the hooks re-derive what follows from
 *   the change (region, OPCO) exactly as an edit in the admin would.
 * A row that still fails makes its batch roll back; that batch is then replayed one row per transaction through
 * the Local API, whose validation names the problem, so only the bad row is refused.
 */
export async function writeStructureRows(payload: Payload, rows: readonly StructureRow[], options: WriteOptions = {}): Promise<{ counts: WriteCounts; errors: RowError[] }> {
  const batchSize = options.batchSize ?? 200
  const federation = options.federationId ?? (await soleFederationId(payload))
  if (!federation) throw new Error(`${CHOOSE_FEDERATION.fr} / ${CHOOSE_FEDERATION.en}`)
  const stored = await storedBySiret(payload)
  const facilitators = await facilitatorsByEmail(payload, [...new Set(rows.flatMap((r) => (r.facilitatorEmail ? [r.facilitatorEmail] : [])))])
  const counts: WriteCounts = { processed: 0, created: 0, updated: 0, unchanged: 0, failed: 0 }
  const errors: RowError[] = []

  const upsert = async (row: StructureRow, req: PayloadRequest, direct: boolean): Promise<Outcome> => {
    const facilitatorId = row.facilitatorEmail ? facilitators.get(row.facilitatorEmail) : undefined
    if (row.facilitatorEmail && !facilitatorId) throw new RowRefusal('animateur_email', UNKNOWN_FACILITATOR(row.facilitatorEmail))
    const existing = stored.get(row.siret)
    // A SIRET is unique on the platform: a structure of another federation is not this import's to change.
    if (existing?.federation && existing.federation !== federation) throw new RowRefusal('siret', OTHER_FEDERATION)
    const data = changes(row, existing, facilitatorId)
    if (existing && Object.keys(data).length === 0) return 'unchanged'
    const common = { collection: 'structures' as const, depth: 0, select: { siret: true }, overrideAccess: true, req }
    if (existing) {
      await payload.update({ ...common, id: existing.id, data })
      stored.set(row.siret, { ...existing, ...data } as Stored)
      return 'updated'
    }
    // No read-back (`returning: false`): a file holds each SIRET once, so this run never updates what it creates.
    if (direct) await payload.db.create({ collection: 'structures', data: newStructureDoc(row, facilitatorId, new Date().toISOString(), federation), req, returning: false })
    else await payload.create({ ...common, data: { ...data, siret: row.siret, federation } as never })
    return 'created'
  }
  const tally = (outcome: Outcome, into: WriteCounts) => {
    into[outcome]++
    into.processed++
  }
  const refuse = (row: StructureRow, error: unknown, into: WriteCounts) => {
    into.failed++
    into.processed++
    const column = error instanceof RowRefusal ? error.column : undefined
    errors.push({ line: row.line, siret: row.siret, name: row.name, column, message: messageOf(error) })
  }

  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    const snapshot = new Map(batch.map((r) => [r.siret, stored.get(r.siret)]))
    const before = { ...counts }
    const errorsBefore = errors.length
    try {
      const req = options.req ?? (await createLocalReq({ context: { ...options.context } }, payload))
      await inTransaction(req, async () => {
        for (const row of batch) {
          try {
            tally(await upsert(row, req, true), counts)
          } catch (error) {
            // A refusal found before writing does not spoil the transaction; anything else does.
            if (!(error instanceof RowRefusal)) throw error
            refuse(row, error, counts)
          }
        }
        await options.onBatch?.(counts, req)
      })
    } catch (error) {
      if (options.req) throw error
      // The batch rolled back: forget its effects and replay it one row per transaction.
      Object.assign(counts, before)
      errors.length = errorsBefore
      for (const [siret, doc] of snapshot) (doc ? stored.set(siret, doc) : stored.delete(siret))
      for (const row of batch) {
        const req = await createLocalReq({ context: { ...options.context } }, payload)
        try {
          tally(await inTransaction(req, () => upsert(row, req, false)), counts)
        } catch (error) {
          refuse(row, error, counts)
        }
      }
      const req = await createLocalReq({ context: { ...options.context } }, payload)
      await inTransaction(req, () => options.onBatch?.(counts, req) ?? Promise.resolve())
    }
    await yieldToEventLoop()
  }
  return { counts, errors }
}

/** A row refused by the writer with a known column and message. */
class RowRefusal extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message)
  }
}

/** Payload's ValidationError lists the fields and their messages; show those rather than "invalid field". */
function messageOf(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((e) => `${e.path}: ${e.message}`).join(' ; ')
  return fields || (error instanceof Error ? error.message : String(error))
}
