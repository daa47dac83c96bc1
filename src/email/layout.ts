import type { Block, Inline, Lang, MailContent, RenderedEmail } from './types'

/** Escapes a value for HTML text and attribute positions. Every interpolated value goes through here. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * French typography: a no-break space before « : » and inside guillemets, a narrow no-break space before ; ! ?
 * Templates are written with ordinary spaces; this keeps the punctuation from wrapping onto a line of its own.
 */
export function frenchTypography(s: string): string {
  return s
    .replace(/ ([:»])/g, '\u00a0$1')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
}

/** Accepts only absolute http(s) URLs, so a link can never carry `javascript:` or a relative path. */
export function checkUrl(href: string): string {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    throw new Error(`not an absolute URL: ${JSON.stringify(href)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`not an http(s) URL: ${JSON.stringify(href)}`)
  return url.toString()
}

/** A name from the settings, on one line and without a trailing full stop (the sentence adds its own). */
const oneLineName = (name: string | undefined): string | undefined =>
  name
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/\.+$/, '') || undefined

const COLOR = { brand: '#1f5f5b', ink: '#1d2320', muted: '#555f5a', line: '#dfe5e2', page: '#f3f5f4' }
const FONT = 'Arial, Helvetica, sans-serif'

const WORDS = {
  fr: {
    hello: (name?: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    closing: 'Bien cordialement,',
    team: 'L’équipe essaim',
    fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    footer: (organisation?: string) =>
      `Ce message vous est adressé par essaim, la plateforme de la formation « Culture & usages numériques ».${organisation ? ` Organisme de formation : ${organisation}.` : ''}`,
  },
  en: {
    hello: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    closing: 'Kind regards,',
    team: 'The essaim team',
    fallback: 'If the button does not work, copy this link into your browser:',
    footer: (organisation?: string) =>
      `This message was sent by essaim, the platform of the “Culture & usages numériques” training programme.${organisation ? ` Training organisation: ${organisation}.` : ''}`,
  },
} as const

/**
 * Renders a template's content in the shared layout: an accessible inline-styled HTML e-mail and its plain-text twin.
 * The footer names `organisation`, the training organisation of the file's federation (a platform carries several:
 * no federation is written here); without one it names none rather than a wrong one.
 */
export function renderLayout(lang: Lang, content: MailContent, recipientName?: string, organisation?: string): RenderedEmail {
  const w = WORDS[lang]
  const footer = w.footer(oneLineName(organisation))
  const typo = (s: string): string => (lang === 'fr' ? frenchTypography(s) : s)
  // Line breaks out (no header injection), but the no-break spaces of amounts and dates stay.
  const oneLine = (s: string): string =>
    s
      .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  const inlineHtml = (parts: Inline[]): string =>
    parts
      .map((p) => (typeof p === 'string' ? escapeHtml(typo(p)) : `<strong>${escapeHtml(typo(p.strong))}</strong>`))
      .join('')
  const inlineText = (parts: Inline[]): string => parts.map((p) => typo(typeof p === 'string' ? p : p.strong)).join('')

  const subject = typo(oneLine(content.subject))
  const title = typo(oneLine(content.title ?? content.subject))
  const greeting = typo(content.greeting ?? w.hello(recipientName?.trim() || undefined))
  const blocks = content.blocks.filter((b): b is Block => Boolean(b))
  const cta = content.cta ? { label: typo(content.cta.label), href: checkUrl(content.cta.href) } : undefined

  // ---- HTML ----
  const p = (inner: string, style = ''): string =>
    `<p style="${style.includes('margin:') ? '' : 'margin:0 0 16px;'}${style}">${inner}</p>`
  const blockHtml = (b: Block): string => {
    switch (b.type) {
      case 'p':
        return p(inlineHtml(b.content))
      case 'note':
        return p(inlineHtml(b.content), `font-size:14px;color:${COLOR.muted};`)
      case 'list':
        return `<ul style="margin:0 0 16px;padding:0 0 0 24px;">${b.items
          .map((i) => `<li style="margin:0 0 6px;">${escapeHtml(typo(i))}</li>`)
          .join('')}</ul>`
      case 'facts':
        return `<table cellpadding="0" cellspacing="0" border="0" style="width:100%;margin:0 0 16px;border-collapse:collapse;">${b.rows
          .map(
            ([label, value]) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;border-bottom:1px solid ${COLOR.line};color:${COLOR.muted};font-weight:bold;white-space:nowrap;">${escapeHtml(typo(label))}</th><td style="vertical-align:top;padding:6px 0;border-bottom:1px solid ${COLOR.line};">${escapeHtml(typo(value))}</td></tr>`,
          )
          .join('')}</table>`
    }
  }
  const ctaHtml = cta
    ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr><td style="border-radius:6px;background-color:${COLOR.brand};"><a href="${escapeHtml(cta.href)}" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:bold;line-height:1.25;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(cta.label)}</a></td></tr></table>` +
      p(
        `${escapeHtml(typo(w.fallback))}<br><a href="${escapeHtml(cta.href)}" style="color:${COLOR.brand};word-break:break-all;">${escapeHtml(cta.href)}</a>`,
        `font-size:14px;color:${COLOR.muted};`,
      )
    : ''
  const preheader = content.preheader
    ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;" aria-hidden="true">${escapeHtml(typo(oneLine(content.preheader)))}</div>`
    : ''

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:${COLOR.page};">`,
    preheader,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLOR.page};">`,
    '<tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">`,
    `<tr><td style="padding:18px 32px;background-color:${COLOR.brand};border-radius:8px 8px 0 0;font-family:${FONT};font-size:20px;font-weight:bold;letter-spacing:1px;color:#ffffff;">essaim</td></tr>`,
    `<tr><td style="padding:32px;font-family:${FONT};font-size:16px;line-height:1.5;color:${COLOR.ink};">`,
    `<h1 style="margin:0 0 20px;font-family:${FONT};font-size:22px;line-height:1.3;color:${COLOR.ink};">${escapeHtml(title)}</h1>`,
    p(escapeHtml(greeting)),
    ...blocks.map(blockHtml),
    ctaHtml,
    p(`${escapeHtml(w.closing)}<br>${escapeHtml(w.team)}`, 'margin:24px 0 0;'),
    '</td></tr>',
    `<tr><td style="padding:16px 32px 24px;border-top:1px solid ${COLOR.line};font-family:${FONT};font-size:13px;line-height:1.5;color:${COLOR.muted};">${escapeHtml(typo(footer))}</td></tr>`,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')

  // ---- plain text ----
  const colon = lang === 'fr' ? ' : ' : ': '
  const blockText = (b: Block): string => {
    switch (b.type) {
      case 'p':
      case 'note':
        return inlineText(b.content)
      case 'list':
        return b.items.map((i) => `- ${typo(i)}`).join('\n')
      case 'facts':
        return b.rows.map(([label, value]) => typo(`${label}${colon}${value}`)).join('\n')
    }
  }
  const text = [
    greeting,
    ...blocks.map(blockText),
    ...(cta ? [`${typo(`${cta.label}${colon}`)}${cta.href}`] : []),
    `${w.closing}\n${w.team}`,
    `-- \n${typo(footer)}`,
  ].join('\n\n')

  return { subject, html, text: `${text}\n` }
}
