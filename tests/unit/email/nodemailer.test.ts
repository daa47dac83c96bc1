import { describe, expect, it } from '@jest/globals'
import nodemailer from 'nodemailer'
import { simpleParser } from 'mailparser'
import { renderEmail, sampleContext, sessionCalendar } from '../../../src/email'
import { parseIcs, prop, text } from './ics-parse'

const NOW = new Date('2026-09-01T08:00:00Z')

describe('a convocation through nodemailer', () => {
  it('carries the HTML, the text and a text/calendar; method=REQUEST part', async () => {
    const ctx = sampleContext('session.convocation', NOW)
    const mail = renderEmail('session.convocation', 'fr', ctx)
    const ics = sessionCalendar('fr', ctx, {
      uid: 'session-17',
      method: 'REQUEST',
      sequence: 0,
      organizer: { name: 'Claire Martin', email: 'formation@fas-paca.example.org' },
      attendee: { name: 'Karim Haddad', email: 'k.haddad@chrs-lucioles.example.org' },
      now: NOW,
    })
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    const info = await transport.sendMail({
      from: { name: 'essaim', address: 'ne-pas-repondre@essaim.example.org' },
      to: { name: 'Karim Haddad', address: 'k.haddad@chrs-lucioles.example.org' },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: ics },
    })
    expect(Buffer.isBuffer(info.message)).toBe(true)
    const raw = (info.message as Buffer).toString('utf8')
    expect(raw).toMatch(/Content-Type: text\/calendar;[^\n]*method=REQUEST/i)
    expect(raw).toMatch(/Content-Type: text\/html/i)
    expect(raw).toMatch(/Content-Type: text\/plain/i)

    // read it back as a mail client would: subject, bodies and the calendar part
    const parsed = await simpleParser(info.message as Buffer)
    expect(parsed.subject).toBe(mail.subject)
    expect(parsed.text?.trim()).toBe(mail.text.trim())
    expect(parsed.html).toContain('Ma page personnelle')
    const calendarPart = parsed.attachments.find((a) => a.contentType === 'text/calendar')
    expect(calendarPart).toBeDefined()
    // With newline: 'unix' the stream writes LF; MIME text line breaks are CRLF in canonical form, so restore them
    // before the strict parse (the SMTP transport below keeps CRLF end to end).
    const decoded = calendarPart?.content.toString('utf8') ?? ''
    const cal = parseIcs(decoded.replace(/\r?\n/g, '\r\n'))
    expect(prop(cal, 'METHOD').value).toBe('REQUEST')
    expect(cal.components.filter((c) => c.name === 'VEVENT')).toHaveLength(6)
    expect(text(cal.components[0], 'LOCATION')).toBe(`${ctx.venueName}, ${ctx.venueAddress}`)
  })

  it('keeps the invitation byte-exact, CRLF included, on a CRLF stream as SMTP sends it', async () => {
    const ctx = sampleContext('session.convocation', NOW)
    const ics = sessionCalendar('en', ctx, {
      uid: 'session-17',
      method: 'CANCEL',
      sequence: 3,
      organizer: { name: 'Claire Martin', email: 'formation@fas-paca.example.org' },
      now: NOW,
    })
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    const info = await transport.sendMail({
      from: 'ne-pas-repondre@essaim.example.org',
      to: 'k.haddad@chrs-lucioles.example.org',
      subject: 'Cancelled',
      text: 'Cancelled',
      icalEvent: { method: 'CANCEL', content: ics },
    })
    const raw = (info.message as Buffer).toString('utf8')
    expect(raw).toMatch(/Content-Type: text\/calendar;[^\r\n]*method=CANCEL/i)
    const parsed = await simpleParser(info.message as Buffer)
    const decoded = parsed.attachments.find((a) => a.contentType === 'text/calendar')?.content.toString('utf8')
    expect(decoded).toBe(ics)
    expect(prop(parseIcs(decoded ?? ''), 'METHOD').value).toBe('CANCEL')
  })
})
