import { randomBytes } from 'node:crypto'
import { createLocalReq, ValidationError, type Payload, type PayloadRequest } from 'payload'
import { cloneCampaign } from '../../collections/campaigns/endpoints/clone'
import { writeStructureRows } from '../../collections/imports/write-rows'
import type { StructureRow } from '../import/rows'
import { inTransaction } from '../lib/transaction'
import { checkOnboarding, type TemplateCampaign } from './onboard-checks'
import type { OnboardingInput, StructuresFile } from './onboard-input'
import { OnboardingRefused, rowsRefused, type OnboardingRefusal } from './onboard-refusal'
import { checkStructuresFile } from './onboard-structures'

/** What an onboarding created, for the admin screen and the command line to show. */
export interface OnboardingResult {
  federation: { id: string; name: string; slug: string }
  coordinator: { id: string; name: string; email: string; language: 'fr' | 'en' }
  campaign?: { id: string; title: string; templateTitle: string }
  structures: { created: number }
  /**
   * The invitation (the welcome mail, with its link to choose a password) is written to the outbox with the account,
   * in the same transaction: it goes out once committed, through the worker, retried until the SMTP relay takes it.
   */
  invitation: { email: string; status: 'queued' }
}

export type OnboardingOutcome = { ok: true; result: OnboardingResult } | { ok: false; refusal: OnboardingRefusal }

const today = (): string => new Date().toISOString().slice(0, 10)

/** A Payload validation error (a unique key taken in a race, a rule of a collection) as a refusal naming the fields. */
function refusalOfValidation(error: ValidationError): OnboardingRefusal {
  const fields = error.data.errors.map((e) => `${e.path}: ${e.message}`).join(' ; ')
  return { status: 400, code: 'invalid_input', message: fields || error.message }
}

async function createFederation(req: PayloadRequest, input: OnboardingInput) {
  const { name, territory, phase, networkName, networkLabel } = input
  const doc = await req.payload.create({
    collection: 'federations',
    data: { name, territory, phase, ...(networkName ? { networkName } : {}), networkLabel },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: String(doc.id), name: doc.name, slug: String(doc.slug ?? '') }
}

/** The first coordinator: a password nobody knows; the welcome mail's link lets them choose theirs. */
async function createCoordinator(req: PayloadRequest, input: OnboardingInput, federationId: string) {
  const data = {
    email: input.coordinatorEmail,
    name: input.coordinatorName,
    role: 'coordinator' as const,
    language: input.coordinatorLanguage,
    federations: [federationId],
    password: randomBytes(24).toString('base64url'),
  }
  const doc = await req.payload.create({ collection: 'users', data, depth: 0, overrideAccess: true, req })
  return { id: String(doc.id), name: doc.name, email: doc.email, language: input.coordinatorLanguage }
}

/** The federation's campaign, cloned from the template (src/campaigns/clone.ts), in the federation's phase. */
async function createCampaign(req: PayloadRequest, input: OnboardingInput, template: TemplateCampaign, federationId: string) {
  const target = { region: input.region ?? '', startDate: input.campaignStart ?? today(), federation: federationId, phase: input.phase }
  const outcome = await cloneCampaign(req.payload, template.id, target, req)
  if (!outcome.ok) throw new OnboardingRefused({ status: outcome.status, code: outcome.status === 409 ? 'conflict' : 'invalid_input', message: outcome.message })
  const doc = await req.payload.findByID({ collection: 'campaigns', id: outcome.id, depth: 0, overrideAccess: true, req, select: { title: true } })
  return { id: outcome.id, title: doc.title, templateTitle: template.title }
}

/** The file's structures, in the new federation, in the same transaction (the import's writer, collections/imports). */
async function importStructures(req: PayloadRequest, rows: readonly StructureRow[], federationId: string): Promise<{ created: number }> {
  if (rows.length === 0) return { created: 0 }
  const { counts, errors } = await writeStructureRows(req.payload, rows, { federationId, req })
  // A SIRET already on the platform belongs to another federation: the whole onboarding is refused.
  if (errors.length > 0) throw new OnboardingRefused({ status: 400, code: 'rows_refused', message: rowsRefused(errors), rows: errors })
  return { created: counts.created }
}

/**
 * Onboards a regional federation in one step (issue 20): the federation, its first coordinator (member of it
 * only, invited by mail), a campaign copied from the national template, and its structures from a CSV/XLSX file.
 * All or nothing: everything is checked first (input, name, address, template, every line of the file), then
 * written in one transaction; a refusal met while writing rolls it all back, so a retry starts from a clean slate.
 * `input` is already parsed (onboardingInput).
 */
export async function onboardFederation(payload: Payload, input: OnboardingInput, file?: StructuresFile): Promise<OnboardingOutcome> {
  const checked = await checkOnboarding(payload, input)
  if (!checked.ok) return checked
  const structures = await checkStructuresFile(file)
  if (!structures.ok) return structures
  const req = await createLocalReq({ context: {} }, payload)
  try {
    const result = await inTransaction(req, async (): Promise<OnboardingResult> => {
      const federation = await createFederation(req, input)
      const coordinator = await createCoordinator(req, input, federation.id)
      const campaign = checked.template ? await createCampaign(req, input, checked.template, federation.id) : undefined
      const created = await importStructures(req, structures.rows, federation.id)
      return { federation, coordinator, campaign, structures: created, invitation: { email: coordinator.email, status: 'queued' } }
    })
    return { ok: true, result }
  } catch (error) {
    if (error instanceof OnboardingRefused) return { ok: false, refusal: error.refusal }
    if (error instanceof ValidationError) return { ok: false, refusal: refusalOfValidation(error) }
    throw error
  }
}
