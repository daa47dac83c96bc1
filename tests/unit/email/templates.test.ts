import { describe, expect, it } from '@jest/globals'
import { NOTIFICATION_KINDS, RECIPIENT_ROLES, type NotificationKind } from '../../../src/workflow/notification-kinds'
import {
  KIND_LABELS,
  LANGS,
  MissingContextError,
  TEMPLATES,
  TEMPLATE_GROUPS,
  kindLabel,
  renderEmail,
  requiredContext,
  reviveContext,
  sampleContext,
  type MailContext,
  type RenderedEmail,
} from '../../../src/email'

const NOW = new Date('2026-09-01T08:00:00Z')
const FORBIDDEN = ['undefined', 'NaN', 'null', '[object Object]', '{{', '}}', '${', 'Invalid Date']

function leftovers(r: RenderedEmail): string[] {
  const found: string[] = []
  for (const part of ['subject', 'html', 'text'] as const) {
    for (const bad of FORBIDDEN) if (r[part].includes(bad)) found.push(`${part} contains ${bad}`)
  }
  return found
}

/** Text visible in the HTML, without tags and with the few entities the layout writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('template coverage', () => {
  it('has one template and one label for every notification kind, and nothing else', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_KINDS].sort())
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...NOTIFICATION_KINDS].sort())
  })

  it('defines each kind in exactly one area file', () => {
    const keys = Object.values(TEMPLATE_GROUPS).flatMap((g) => Object.keys(g))
    expect(keys.length).toBe(NOTIFICATION_KINDS.length)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each([...NOTIFICATION_KINDS])('%s has a French and an English label', (kind) => {
    expect(kindLabel(kind, 'fr').length).toBeGreaterThan(2)
    expect(kindLabel(kind, 'en').length).toBeGreaterThan(2)
  })
})

describe.each([...NOTIFICATION_KINDS])('%s', (kind: NotificationKind) => {
  const ctx = sampleContext(kind, NOW)

  it('sample data holds every required fact', () => {
    for (const key of requiredContext(kind)) expect(ctx[key]).toBeDefined()
  })

  it.each([...LANGS])('renders in %s with no missing value', (lang) => {
    const r = renderEmail(kind, lang, sampleContext(kind, NOW, lang))
    expect(r.subject.trim().length).toBeGreaterThan(5)
    expect(r.html.trim().length).toBeGreaterThan(200)
    expect(r.text.trim().length).toBeGreaterThan(50)
    expect(leftovers(r)).toEqual([])
    expect(r.subject).not.toMatch(/[\r\n]/)
    expect(r.html).toContain(`<html lang="${lang}"`)
    // balanced markup
    for (const tag of ['table', 'tr', 'td', 'th', 'p', 'ul', 'li', 'a', 'strong', 'h1', 'div']) {
      const opened = r.html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0
      const closed = r.html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0
      expect(`${tag}: ${opened}`).toBe(`${tag}: ${closed}`)
    }
    // no remote resource of any kind
    expect(r.html).not.toMatch(/<img|<link|<script|src=|url\(|@import/i)
    // the plain-text twin says what the HTML says
    if (ctx.link) {
      expect(r.text).toContain(ctx.link)
      expect(r.html).toContain(`href="${ctx.link.replace(/&/g, '&amp;')}"`)
    }
  })

  it('French and English differ, each with its own greeting and sign-off', () => {
    const fr = renderEmail(kind, 'fr', ctx)
    const en = renderEmail(kind, 'en', ctx)
    expect(fr.subject).not.toBe(en.subject)
    expect(fr.text).not.toBe(en.text)
    expect(fr.text).toMatch(/^Bonjour/)
    expect(fr.text).toContain('Bien cordialement,\nL’équipe essaim')
    expect(en.text).toMatch(/^Hello/)
    expect(en.text).toContain('Kind regards,\nThe essaim team')
  })

  it('renders for every recipient role', () => {
    for (const role of RECIPIENT_ROLES) {
      for (const lang of LANGS) {
        const r = renderEmail(kind, lang, { ...ctx, recipientRole: role })
        expect(leftovers(r)).toEqual([])
      }
    }
  })

  it('renders with only its required facts', () => {
    const minimal: MailContext = {}
    for (const key of requiredContext(kind)) Object.assign(minimal, { [key]: ctx[key] })
    for (const lang of LANGS) {
      const r = renderEmail(kind, lang, minimal)
      expect(leftovers(r)).toEqual([])
      expect(r.text).toMatch(lang === 'fr' ? /^Bonjour,/ : /^Hello,/)
    }
  })

  it('names the kind and the fact when a required fact is missing', () => {
    for (const key of requiredContext(kind)) {
      const partial: MailContext = { ...ctx, [key]: undefined }
      expect(() => renderEmail(kind, 'fr', partial)).toThrow(MissingContextError)
      expect(() => renderEmail(kind, 'fr', partial)).toThrow(`"${kind}"`)
      expect(() => renderEmail(kind, 'en', partial)).toThrow(`"${key}"`)
    }
  })

  it('survives a JSON round trip through reviveContext (job data)', () => {
    const revived = reviveContext(JSON.parse(JSON.stringify(ctx)) as Record<string, unknown>)
    expect(renderEmail(kind, 'fr', revived)).toEqual(renderEmail(kind, 'fr', ctx))
  })
})

describe('required facts', () => {
  it('lists what a kind needs', () => {
    expect(requiredContext('file.partially_approved')).toEqual(
      expect.arrayContaining(['fileRef', 'requestedAmount', 'agreedAmount', 'remainder', 'link']),
    )
    expect(requiredContext('session.convocation')).toEqual(expect.arrayContaining(['slots', 'venueAddress', 'link']))
  })

  it('gives a clear message naming the kind and every missing fact', () => {
    const { agreedAmount: _a, remainder: _r, ...ctx } = sampleContext('file.partially_approved', NOW)
    expect(() => renderEmail('file.partially_approved', 'fr', ctx)).toThrow(
      'Cannot render the "file.partially_approved" e-mail: missing required facts "agreedAmount", "remainder"',
    )
  })

  it('treats blank text, empty lists, NaN amounts and invalid dates as missing', () => {
    const ctx = sampleContext('file.partially_approved', NOW)
    expect(() => renderEmail('file.partially_approved', 'fr', { ...ctx, fileRef: '  ' })).toThrow('"fileRef"')
    expect(() => renderEmail('file.partially_approved', 'fr', { ...ctx, remainder: Number.NaN })).toThrow('"remainder"')
    const m = sampleContext('file.missing_items', NOW)
    expect(() => renderEmail('file.missing_items', 'fr', { ...m, missingItems: [] })).toThrow('"missingItems"')
    const r = sampleContext('file.deadline_reminder', NOW)
    expect(() => renderEmail('file.deadline_reminder', 'fr', { ...r, deadline: new Date('nope') })).toThrow(
      '"deadline"',
    )
  })

  it('names the kind when an optional fact is malformed', () => {
    const ctx = sampleContext('file.submitted', NOW)
    expect(() => renderEmail('file.submitted', 'fr', { ...ctx, requestedAmount: Number.POSITIVE_INFINITY })).toThrow(
      /"file\.submitted".*formatAmount/,
    )
  })

  it('refuses an unknown kind or language', () => {
    expect(() => renderEmail('file.nope' as NotificationKind, 'fr', {})).toThrow(
      'Unknown notification kind "file.nope"',
    )
    expect(() => renderEmail('file.created', 'de' as 'fr', sampleContext('file.created', NOW))).toThrow(
      'unsupported language "de"',
    )
  })
})

describe('HTML escaping and links', () => {
  const hostile = '<script>alert("x")</script> & <b>Cie</b> \'quote\''

  it('escapes every interpolated value', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const ctx: MailContext = {
        ...sampleContext(kind, NOW),
        recipientName: hostile,
        structureName: hostile,
        sessionTitle: hostile,
        venueName: hostile,
        reason: hostile,
        missingItems: [hostile],
        participantNames: [hostile],
        structureNames: [hostile],
        campaignName: hostile,
        failures: [{ kind: 'session.convocation', recipient: hostile, error: hostile }],
      }
      for (const lang of LANGS) {
        const { html, subject, text } = renderEmail(kind, lang, ctx)
        expect(html).not.toMatch(/<script|<b>|alert\("x"\)/)
        expect(html).toContain('&lt;script&gt;')
        expect(visibleText(html)).toContain('<script>alert("x")</script>')
        // plain text and subject stay plain: nothing to escape there
        expect(text + subject).toContain('<script>')
      }
    }
  })

  it('keeps the link intact and escaped in attributes', () => {
    const ctx = sampleContext('ops.failure_digest', NOW)
    const { html, text } = renderEmail('ops.failure_digest', 'fr', ctx)
    expect(ctx.link).toContain('&')
    expect(html).toContain(
      'href="https://essaim.example.org/admin/collections/notifications?where[status][equals]=failed&amp;sort=-createdAt"',
    )
    expect(text).toContain(
      'https://essaim.example.org/admin/collections/notifications?where[status][equals]=failed&sort=-createdAt',
    )
  })

  it('refuses a link that is not an absolute http(s) URL', () => {
    const ctx = sampleContext('file.created', NOW)
    expect(() => renderEmail('file.created', 'fr', { ...ctx, link: 'javascript:alert(1)' })).toThrow(
      /"file\.created".*"link"/,
    )
    expect(() => renderEmail('file.created', 'fr', { ...ctx, link: '/admin/collections/funding-files/42' })).toThrow(
      '"link"',
    )
  })

  it('keeps header injection out of the subject', () => {
    const ctx = { ...sampleContext('file.created', NOW), structureName: 'CHRS\r\nBcc: victim@example.org' }
    expect(renderEmail('file.created', 'fr', ctx).subject).not.toMatch(/[\r\n]/)
  })
})

describe('wording', () => {
  it('writes French typography: no-break space before colons and inside guillemets', () => {
    const { subject, text } = renderEmail('file.missing_items', 'fr', sampleContext('file.missing_items', NOW))
    expect(subject).toBe('Dossier ESS-2026-014\u00a0: il manque encore quelques éléments')
    expect(text).toContain('«\u00a0prêt à déposer\u00a0»')
    expect(text).not.toMatch(/ [:;?!]/)
  })

  it('shows the file facts a coordinator needs', () => {
    const ctx = sampleContext('file.partially_approved', NOW)
    const { text } = renderEmail('file.partially_approved', 'fr', ctx)
    expect(text).toContain('Montant demandé\u00a0: 4\u202f800,00\u00a0€')
    expect(text).toContain('Reste à charge\u00a0: 1\u202f200,00\u00a0€')
    // the subject keeps the amount's no-break spaces too
    expect(renderEmail('file.partially_approved', 'fr', ctx).subject).toContain('1\u202f200,00\u00a0€')
  })

  it('gives the convocation its timetable, venue, duration and personal link', () => {
    const ctx = sampleContext('session.convocation', NOW)
    const { text, subject } = renderEmail('session.convocation', 'fr', ctx)
    expect(subject).toContain('du lundi 19 au mercredi 21 octobre 2026')
    expect(text).toContain('lundi 19 octobre 2026\u00a0: de 9 h à 12 h 30 et de 13 h 30 à 17 h')
    expect(text).toContain('8 place des Pêcheurs, 13016 Marseille')
    expect(text).toContain('Durée\u00a0: 21 heures')
    expect(text).toContain('Ma page personnelle\u00a0: https://essaim.example.org/p/')
  })

  it('words a message for its audience', () => {
    const ctx = sampleContext('file.cancelled', NOW)
    const sa = renderEmail('file.cancelled', 'fr', { ...ctx, recipientRole: 'structure-admins' }).text
    const p = renderEmail('file.cancelled', 'fr', { ...ctx, recipientRole: 'participants' }).text
    expect(sa).toContain('informer OPCO Santé de l’annulation par écrit')
    expect(p).not.toContain('OPCO')
    expect(p).toContain('Vous n’avez donc pas à vous présenter')
    const tr = renderEmail('session.report_due', 'fr', {
      ...sampleContext('session.report_due', NOW),
      recipientRole: 'facilitators',
    })
    const rc = renderEmail('session.report_due', 'fr', {
      ...sampleContext('session.report_due', NOW),
      recipientRole: 'coordinators',
    })
    expect(tr.subject).not.toBe(rc.subject)
  })

  it('names failed kinds by their label in the digest', () => {
    const { text } = renderEmail('ops.failure_digest', 'fr', sampleContext('ops.failure_digest', NOW))
    expect(text).toContain('- Convocation – k.haddad@')
    expect(kindLabel('legacy.kind', 'fr')).toBe('legacy.kind')
  })
})

describe('reviveContext', () => {
  it('turns ISO strings back into dates and checks types', () => {
    const ctx = reviveContext({
      sessionStart: '2026-10-19T07:00:00.000Z',
      slots: [{ start: '2026-10-19T07:00:00.000Z', end: '2026-10-19T10:30:00.000Z' }],
      requestedAmount: '4800',
      unknownKey: 'ignored',
    })
    expect(ctx.sessionStart).toEqual(new Date('2026-10-19T07:00:00.000Z'))
    expect(ctx.slots?.[0].end).toEqual(new Date('2026-10-19T10:30:00.000Z'))
    expect(ctx.requestedAmount).toBe(4800)
    expect(ctx).not.toHaveProperty('unknownKey')
  })

  it('names the bad fact', () => {
    expect(() => reviveContext({ deadline: 'tomorrow' })).toThrow('Mail fact "deadline" must be a date')
    expect(() => reviveContext({ missingItems: 'SIRET' })).toThrow('Mail fact "missingItems" must be a list of strings')
    expect(() => reviveContext({ recipientRole: 'boss' })).toThrow('Mail fact "recipientRole" must be one of')
  })
})
