import type { Payload } from 'payload'
import { slugify } from '../validation/slug'
import type { OnboardingInput } from './onboard-input'
import { EMAIL_TAKEN, NAME_TAKEN, TEMPLATE_NOT_FOUND, type OnboardingRefusal } from './onboard-refusal'

export interface TemplateCampaign {
  id: string
  title: string
}

/** The template campaign by slug (what a person types) or by id (what the admin screen sends). */
export async function findTemplate(payload: Payload, key: string): Promise<TemplateCampaign | undefined> {
  const bySlug = await payload.find({ collection: 'campaigns', where: { slug: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: { title: true } })
  const doc = bySlug.docs[0] ?? (await payload.findByID({ collection: 'campaigns', id: key, depth: 0, disableErrors: true, overrideAccess: true, select: { title: true } }))
  return doc ? { id: String(doc.id), title: doc.title } : undefined
}

/**
 * What would make the onboarding fail halfway, checked before anything is written, each with a message that says
 * what to change: a federation of that name (or URL slug) exists, the coordinator's address has an account, the
 * template does not exist. The database's unique keys still guard a race between this check and the writes.
 */
export async function checkOnboarding(payload: Payload, input: OnboardingInput): Promise<{ ok: true; template?: TemplateCampaign } | { ok: false; refusal: OnboardingRefusal }> {
  const sameName = await payload.count({
    collection: 'federations',
    where: { or: [{ name: { equals: input.name } }, { slug: { equals: slugify(input.name) } }] },
    overrideAccess: true,
  })
  if (sameName.totalDocs > 0) return { ok: false, refusal: { status: 409, code: 'name_taken', message: NAME_TAKEN(input.name) } }
  const account = await payload.count({ collection: 'users', where: { email: { equals: input.coordinatorEmail } }, overrideAccess: true })
  if (account.totalDocs > 0) return { ok: false, refusal: { status: 409, code: 'email_taken', message: EMAIL_TAKEN(input.coordinatorEmail) } }
  if (!input.template) return { ok: true }
  const template = await findTemplate(payload, input.template)
  if (!template) return { ok: false, refusal: { status: 404, code: 'template_not_found', message: TEMPLATE_NOT_FOUND(input.template) } }
  return { ok: true, template }
}
