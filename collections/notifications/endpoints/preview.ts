import type { Endpoint } from 'payload'
import { isStaff } from '../../../src/access/roles'
import { LANGS, renderEmail, sampleContext, type Lang } from '../../../src/email'
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../src/workflow/notification-kinds'

const FORMATS = ['html', 'text'] as const
type Format = (typeof FORMATS)[number]

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value)

const invalid = (param: string, value: string | null, allowed: readonly string[]) => {
  const given = value === null ? '' : ` (${JSON.stringify(value)})`
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
    if (!isStaff(req)) {
      return Response.json(
        { message: 'Réservé aux coordinateurs et administrateurs / coordinators and administrators only', code: 'forbidden' },
        { status: 403 },
      )
    }
    const params = req.searchParams
    const kind = params.get('kind')
    const lang = params.get('lang') ?? 'fr'
    const format = params.get('format') ?? 'html'
    if (!isOneOf<NotificationKind>(NOTIFICATION_KINDS, kind)) return invalid('kind', kind, NOTIFICATION_KINDS)
    if (!isOneOf<Lang>(LANGS, lang)) return invalid('lang', lang, LANGS)
    if (!isOneOf<Format>(FORMATS, format)) return invalid('format', format, FORMATS)
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
