import { checkUrl, renderLayout } from './layout'
import { TEMPLATES } from './templates'
import type { Lang, MailContext, MailContextKey, NotificationKind, RenderedEmail } from './types'

/** Thrown when a template lacks a fact it needs; names the kind and every missing fact. */
export class MissingContextError extends Error {
  readonly kind: string
  readonly missing: MailContextKey[]
  constructor(kind: string, missing: MailContextKey[]) {
    const facts = missing.map((k) => `"${k}"`).join(', ')
    super(`Cannot render the "${kind}" e-mail: missing required ${missing.length > 1 ? 'facts' : 'fact'} ${facts}`)
    this.name = 'MissingContextError'
    this.kind = kind
    this.missing = missing
  }
}

function templateOf(kind: NotificationKind) {
  const tpl = Object.prototype.hasOwnProperty.call(TEMPLATES, kind) ? TEMPLATES[kind] : undefined
  if (!tpl) throw new Error(`Unknown notification kind "${String(kind)}"`)
  return tpl
}

/** The facts a kind cannot be rendered without. */
export function requiredContext(kind: NotificationKind): MailContextKey[] {
  return [...templateOf(kind).required]
}

/** Absent, blank, not a number, an invalid date or an empty list all count as missing. */
function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'number') return !Number.isFinite(value)
  if (value instanceof Date) return Number.isNaN(value.getTime())
  if (Array.isArray(value)) return value.length === 0
  return false
}

/** The facts of `ctx` that `kind` needs and does not have. */
export function missingContext(kind: NotificationKind, ctx: MailContext): MailContextKey[] {
  return templateOf(kind).required.filter((k) => isMissing(ctx[k]))
}

/**
 * Renders the e-mail of a notification kind in one language: subject, HTML and plain text. Throws a
 * MissingContextError naming the kind and the fact when a required fact is absent, and an Error naming the kind for
 * any other bad fact (invalid date, non-http link…).
 */
export function renderEmail(kind: NotificationKind, lang: Lang, ctx: MailContext): RenderedEmail {
  const tpl = templateOf(kind)
  if (lang !== 'fr' && lang !== 'en')
    throw new Error(
      `Cannot render the "${kind}" e-mail: unsupported language "${String(lang)}" (expected "fr" or "en")`,
    )
  const missing = missingContext(kind, ctx)
  if (missing.length) throw new MissingContextError(kind, missing)
  try {
    if (ctx.link !== undefined) {
      try {
        checkUrl(ctx.link)
      } catch (e) {
        throw new Error(`invalid "link": ${e instanceof Error ? e.message : String(e)}`)
      }
    }
    return renderLayout(lang, tpl.render(lang, ctx), ctx.recipientName, ctx.organisationName)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    throw new Error(`Cannot render the "${kind}" e-mail (${lang}): ${message}`, { cause: e })
  }
}
