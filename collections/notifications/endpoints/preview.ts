import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseQuery } from '../../../src/validation/request'
import { readsAsStaff } from '../../../src/access/roles'
import { LANGS, renderEmail, sampleContext, type Lang } from '../../../src/email'
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../src/workflow/notification-kinds'

const FORMATS = ['html', 'text'] as const

/** The query: which template, in which language and format (unknown parameters are ignored). */
const previewQuery = z.object({
  kind: z.enum(NOTIFICATION_KINDS as unknown as [NotificationKind, ...NotificationKind[]]),
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]).default('fr'),
  format: z.enum(FORMATS).default('html'),
})
const ALLOWED: Record<keyof z.input<typeof previewQuery>, readonly string[]> = { kind: NOTIFICATION_KINDS, lang: LANGS, format: FORMATS }

const invalid = (param: string, value: unknown, allowed: readonly string[]) => {
  const given = value === null ? '' : ` (${JSON.stringify(value).slice(0, 60)})`
  return Response.json(
    {
      message:
        `Paramètre « ${param} » ${value === null ? 'manquant' : 'invalide'}${given} : valeurs possibles ${allowed.join(', ')} / ` +
        `${value === null ? 'Missing' : 'Invalid'} "${param}" parameter${given}: expected one of ${allowed.join(', ')}`,
      code: 'invalid_input',
      param,
      allowed,
    },
    { status: 400 },
  )
}

/**
 * GET /api/notifications/preview?kind=<kind>&lang=fr|en&format=html|text — a template rendered with sample facts
 * (a fictional structure and session), for coordinators and admins checking a wording. `lang` defaults to fr and
 * `format` to html. The subject travels in the `X-Email-Subject` header (URI-encoded: headers are ASCII).
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: (req) => {
    if (!readsAsStaff(req)) {
      return Response.json(
        { message: 'Réservé aux coordinateurs et administrateurs / coordinators and administrators only', code: 'forbidden' },
        { status: 403 },
      )
    }
    const parsed = parseQuery(req, previewQuery)
    if (!parsed.ok) {
      // The first wrong parameter, said with the values it may take (the admin's preview links read `allowed`).
      const param = String(parsed.issues[0]?.path[0] ?? 'kind') as keyof typeof ALLOWED
      const value = req.searchParams.getAll(param)
      return invalid(param, value.length === 0 ? null : value.length === 1 ? value[0] : value, ALLOWED[param] ?? [])
    }
    const { kind, lang, format } = parsed.data
    const mail = renderEmail(kind, lang, sampleContext(kind, new Date(), lang))
    return new Response(format === 'html' ? mail.html : mail.text, {
      status: 200,
      headers: {
        'content-type': `${format === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`,
        'x-email-subject': encodeURIComponent(mail.subject),
        'cache-control': 'no-store',
      },
    })
  },
}
