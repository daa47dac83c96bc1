import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { readUnsubscribeToken, type UnsubscribeClaim } from '../../../src/campaigns/unsubscribe'
import { escapeHtml } from '../../../src/email'
import { env } from '../../../src/lib/env'
import { createLogger } from '../../../src/lib/logger'

const log = createLogger('campaign-unsubscribe')

/**
 * The campaign mails' unsubscribe (RFC 8058): `POST /api/structures/unsubscribe/:token` is the one-click a mail
 * client sends (body `List-Unsubscribe=One-Click`, no cookie, no login) and also what the page's button sends.
 * `GET` only shows the page with that button: link scanners follow links, so a GET never unsubscribes.
 * The opt-out is recorded on the structure (when, and the address that asked), shown in its admin sidebar; the
 * kit mailing skips the structure from then on.
 */

const page = (status: number, title: { fr: string; en: string }, body: { fr: string; en: string }, form?: string): Response =>
  new Response(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(title.fr)} / ${escapeHtml(title.en)}</title></head>` +
      `<body style="font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5">` +
      `<h1>${escapeHtml(title.fr)}</h1><p>${escapeHtml(body.fr)}</p>${form ? form.replace('%LABEL%', 'Me désabonner') : ''}` +
      `<hr><h2 lang="en">${escapeHtml(title.en)}</h2><p lang="en">${escapeHtml(body.en)}</p></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } },
  )

const INVALID = (): Response =>
  page(
    400,
    { fr: 'Lien de désabonnement invalide', en: 'Invalid unsubscribe link' },
    {
      fr: 'Ce lien est incomplet ou altéré. Utilisez le lien exact reçu dans le message, ou écrivez-nous en répondant au message.',
      en: 'This link is incomplete or altered. Use the exact link from the message, or write to us by replying to the message.',
    },
  )

const DONE = (email: string): Response =>
  page(
    200,
    { fr: 'Vous êtes désabonné', en: 'You are unsubscribed' },
    {
      fr: `C’est enregistré : l’adresse ${email} ne recevra plus les messages de nos campagnes. Les messages liés à une formation à laquelle vous êtes inscrit (convocations, attestations) continueront de vous parvenir.`,
      en: `Done: the address ${email} will no longer receive our campaign messages. Messages about a training you are enrolled in (joining instructions, certificates) will still reach you.`,
    },
  )

type StructureOptOut = { id: string | number; campaignOptOutAt?: string | null }

async function claimOf(req: PayloadRequest): Promise<{ claim: UnsubscribeClaim; structure: StructureOptOut } | undefined> {
  const token = String(req.routeParams?.token ?? '')
  const claim = readUnsubscribeToken(env().payloadSecret, token)
  if (!claim) return undefined
  const structure = (await req.payload.findByID({
    collection: 'structures',
    id: claim.structureId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select: { campaignOptOutAt: true },
  })) as StructureOptOut | null
  return structure ? { claim, structure } : undefined
}

/** Records the opt-out once (a second click keeps the first date). */
export async function recordOptOut(payload: Payload, structure: StructureOptOut, claim: UnsubscribeClaim): Promise<void> {
  if (structure.campaignOptOutAt) return
  await payload.update({
    collection: 'structures',
    id: structure.id,
    data: { campaignOptOutAt: new Date().toISOString(), campaignOptOutEmail: claim.email },
    depth: 0,
    select: { siret: true },
    overrideAccess: true,
    context: { campaignOptOut: true },
  })
  log.info('campaign opt-out recorded', { structureId: String(structure.id) })
}

const show: Endpoint = {
  path: '/unsubscribe/:token',
  method: 'get',
  handler: async (req) => {
    const found = await claimOf(req)
    if (!found) return INVALID()
    if (found.structure.campaignOptOutAt) return DONE(found.claim.email)
    return page(
      200,
      { fr: 'Ne plus recevoir nos campagnes', en: 'Stop receiving our campaigns' },
      {
        fr: `Confirmez que l’adresse ${found.claim.email} ne doit plus recevoir les messages de nos campagnes.`,
        en: `Confirm that the address ${found.claim.email} should no longer receive our campaign messages.`,
      },
      `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">%LABEL% / Unsubscribe</button></form>`,
    )
  },
}

const unsubscribe: Endpoint = {
  path: '/unsubscribe/:token',
  method: 'post',
  handler: async (req) => {
    const found = await claimOf(req)
    if (!found) return INVALID()
    await recordOptOut(req.payload, found.structure, found.claim)
    return DONE(found.claim.email)
  },
}

export const unsubscribeEndpoints: Endpoint[] = [show, unsubscribe]
