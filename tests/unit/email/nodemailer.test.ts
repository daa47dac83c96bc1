/**
 * The mail as deliver-mail builds it (same header and attachment helpers), through nodemailer's stream transport,
 * read back by mailparser: bodies, one text/calendar part per half-day, the automatic-mail and campaign headers.
 */
import { describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import { renderEmail, sampleContext, sessionCalendar } from '../../../src/email'
import { automaticMailHeaders, calendarAttachments } from '../../../src/email/headers'
import { parseIcs } from './ics-parse'

const NOW = new Date('2026-09-01T08:00:00Z')
const organizer = { name: 'Claire Martin', email: 'formation@fas-paca.example.org' }

describe('a convocation through nodemailer', () => {
  it('carries the bodies, Auto-Submitted and one text/calendar; method=REQUEST attachment per half-day', async () => {
    const ctx = sampleContext('session.convocation', NOW)
    const mail = renderEmail('session.convocation', 'fr', ctx)
    const parts = sessionCalendar('fr', ctx, { uid: 'session-17', method: 'REQUEST', sequence: 0, organizer, attendee: { name: 'Karim Haddad', email: 'k.haddad@chrs-lucioles.example.org' }, now: NOW })
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    const info = await transport.sendMail({
      from: { name: 'essaim', address: 'ne-pas-repondre@essaim.example.org' },
      to: { name: 'Karim Haddad', address: 'k.haddad@chrs-lucioles.example.org' },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: automaticMailHeaders(),
      attachments: calendarAttachments(parts),
    })
    const raw = (info.message as Buffer).toString('utf8')
    expect(raw.match(/Content-Type: text\/calendar;[^\r\n]*method=REQUEST/gi)).toHaveLength(ctx.slots?.length ?? -1)

    const parsed = await simpleParser(info.message as Buffer)
    expect(parsed.subject).toBe(mail.subject)
    expect(parsed.text?.trim()).toBe(mail.text.trim())
    expect(parsed.html).toContain('Ma page personnelle')
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
    expect(parsed.headers.has('list-unsubscribe')).toBe(false)
    const calendars = parsed.attachments.filter((a) => a.contentType === 'text/calendar')
    expect(calendars).toHaveLength(parts.length)
    expect(calendars.map((a) => a.filename)).toEqual(parts.map((p) => p.filename))
    for (const [i, a] of calendars.entries()) {
      const content = a.content.toString('utf8')
      expect(content).toBe(parts[i].content)
      parseIcs(content)
      const cal = new ICAL.Component(ICAL.parse(content))
      expect(cal.getFirstPropertyValue('method')).toBe('REQUEST')
      expect(cal.getAllSubcomponents('vevent')).toHaveLength(1)
      expect(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(parts[i].uid)
    }
  })

  it('a campaign mail carries an unfolded List-Unsubscribe with the one-click POST header', async () => {
    const url = `https://essaim.example.org/api/structures/unsubscribe/${'a'.repeat(120)}.${'b'.repeat(32)}`
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    const info = await transport.sendMail({ from: 'ne-pas-repondre@essaim.example.org', to: 'contact@structure.example.org', subject: 'Kit', text: 'Kit', headers: automaticMailHeaders(url) })
    const raw = (info.message as Buffer).toString('utf8')
    // One physical line: a folded List-Unsubscribe breaks DKIM at some relays.
    expect(raw).toContain(`\r\nList-Unsubscribe: <${url}>\r\n`)
    const parsed = await simpleParser(info.message as Buffer)
    // mailparser folds the List-* headers into one `list` object; the raw header lines say exactly what was sent.
    const line = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    expect(line('list-unsubscribe')).toBe(`List-Unsubscribe: <${url}>`)
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
    expect(() => automaticMailHeaders('javascript:alert(1)')).toThrow(/désabonnement.*unsubscribe/)
  })
})
