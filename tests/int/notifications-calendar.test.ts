import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import type { MailRequest } from '../../jobs/shared/mail-request'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { CaughtMail, MailCatcher } from '../../src/lib/mail-catcher'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { settle } from '../helpers/pipeline'
import { startMailPipeline, type MailPipeline } from '../helpers/mail-pipeline'
import { waitFor } from '../helpers/wait'
import { halfDayUid, halfDays } from '../../src/email'
import { parseIcs, prop, text, type IcsComponent } from '../unit/email/ics-parse'

let pipeline: MailPipeline
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
let fileId: string
let facts: Record<string, unknown>

const P1 = 'karim@participants.example.org'
const P2 = 'laura@participants.example.org'
const LATE = 'late@participants.example.org'

const request = async (req: MailRequest) => {
  await (await import('../../jobs/shared/request-mail')).requestMail(runtime.queues, req)
  await settle(payload, runtime)
}

/**
 * The one mail of a kind to an address, its Auto-Submitted header, and its calendar parts (one object per
 * half-day) read back by a strict RFC 5545 parser.
 */
async function received(to: string, subjectPart: string): Promise<{ mail: CaughtMail; calendars: IcsComponent[]; autoSubmitted: unknown }> {
  const mail = await waitFor(`the mail to ${to}`, () => catcher.mails.find((m) => m.to.includes(to) && m.subject.includes(subjectPart)))
  const parsed = await simpleParser(mail.raw)
  const parts = parsed.attachments.filter((a) => a.contentType === 'text/calendar')
  return { mail, calendars: parts.map((p) => parseIcs(p.content.toString('utf8'))), autoSubmitted: parsed.headers.get('auto-submitted') }
}

/** Each calendar object holds exactly one event: its method, UID, SEQUENCE and STATUS, one row per part. */
function eventsOf(calendars: IcsComponent[]) {
  return calendars.map((cal) => {
    const vevents = cal.components.filter((c) => c.name === 'VEVENT')
    expect(vevents).toHaveLength(1)
    const e = vevents[0]
    return { method: prop(cal, 'METHOD').value, uid: prop(e, 'UID').value, sequence: prop(e, 'SEQUENCE').value, status: prop(e, 'STATUS').value, event: e }
  })
}
const uids = (calendars: IcsComponent[]) => eventsOf(calendars).map((e) => e.uid)
const sequences = (calendars: IcsComponent[]) => [...new Set(eventsOf(calendars).map((e) => e.sequence))]
/** The session's half-day UIDs, from its slots as the mail facts carry them. */
const expectedUids = () =>
  halfDays((facts.slots as { start: string; end: string }[]).map((s) => ({ start: new Date(s.start), end: new Date(s.end) }))).map((h) =>
    halfDayUid(`session-${world.sessionId}`, h.key),
  )

beforeAll(async () => {
  pipeline = await startMailPipeline()
  ;({ payload, runtime, catcher } = pipeline)
  world = await createFileWorld(payload, new Date(), 60)
  const sa = await payload.findByID({ collection: 'users', id: world.users.structureAdmin.id, depth: 0, overrideAccess: true })
  const file = await payload.create({
    collection: 'funding-files',
    overrideAccess: false,
    user: sa as never,
    data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
  })
  fileId = String(file.id)
  await settle(payload, runtime)
  facts = await (await import('../../jobs/shared/file-mail-context')).fileMailData(payload, fileId)
})

afterAll(async () => {
  await pipeline?.close()
})

describe('calendar invitations of a session', () => {
  const uid = () => `session-${world.sessionId}`

  it('sends a convocation with a text/calendar; method=REQUEST part that parses back', async () => {
    await request({
      kind: 'session.convocation',
      idempotencyKey: 'convocation-1',
      fileId,
      addresses: [{ address: P1, name: 'Karim Haddad' }, { address: P2, name: 'Laura Mendes', language: 'en' }],
      attach: ['ics'],
      data: facts,
    })
    const { mail, calendars, autoSubmitted } = await received(P1, 'Convocation')
    expect(autoSubmitted).toBe('auto-generated')
    expect(mail.raw.match(/Content-Type: text\/calendar;[^\r\n]*method=REQUEST/gi)).toHaveLength(6)
    const read = eventsOf(calendars)
    expect(read).toHaveLength(6)
    expect(read.every((e) => e.method === 'REQUEST')).toBe(true)
    expect(uids(calendars)).toEqual(expectedUids())
    expect(new Set(uids(calendars)).size).toBe(6)
    expect(sequences(calendars)).toEqual(['0'])
    expect(prop(read[0].event, 'ATTENDEE').value.toLowerCase()).toBe(`mailto:${P1}`)
    expect(text(read[0].event, 'LOCATION')).toContain(String(facts.venueName))
    expect(new Date(facts.sessionStart as string).getTime()).toBe(world.start.getTime())

    // The English participant's invitation is written in English, with the same events.
    const english = (await received(P2, '')).calendars
    expect(uids(english)).toEqual(uids(calendars))
    expect(text(eventsOf(english)[0].event, 'SUMMARY')).toMatch(/training/)

    // The log row says which file, structure and revision.
    const [row] = (await payload.find({ collection: 'notifications', where: { recipientEmail: { equals: P1 } }, depth: 0, overrideAccess: true })).docs
    expect(row).toMatchObject({ file: fileId, structure: world.structureId, calendarUid: uid(), calendarMethod: 'REQUEST', calendarSequence: 0, status: 'sent' })
  })

  it('updates the same events on a reschedule (same UIDs, higher SEQUENCE), stable when the request is retried', async () => {
    const reschedule: MailRequest = {
      kind: 'file.rescheduled',
      idempotencyKey: 'reschedule-1',
      fileId,
      addresses: [{ address: P1, name: 'Karim Haddad' }],
      attach: ['ics'],
      data: { ...facts, previousStart: new Date(world.start.getTime() - 7 * 86_400_000).toISOString() },
    }
    await request(reschedule)
    const first = (await received(P1, 'dates')).calendars
    const convocation = (await received(P1, 'Convocation')).calendars
    expect(eventsOf(first).every((e) => e.method === 'REQUEST')).toBe(true)
    expect(uids(first)).toEqual(uids(convocation))
    expect(sequences(first)).toEqual(['1'])
    // The same request prepared again (a retried notify job) keeps its revision.
    const { planCalendar } = await import('../../jobs/shared/mail-attachments')
    expect(await planCalendar(payload, reschedule, world.sessionId)).toMatchObject({ sequence: 1, method: 'REQUEST' })
  })

  it('cancels the events for those who hold them, and only them', async () => {
    await request({
      kind: 'file.cancelled',
      idempotencyKey: 'cancel-1',
      fileId,
      addresses: [{ address: P1 }, { address: LATE }],
      data: { ...facts, reason: 'Salle indisponible' },
    })
    const { mail, calendars } = await received(P1, 'nnul')
    expect(mail.raw.match(/Content-Type: text\/calendar;[^\r\n]*method=CANCEL/gi)).toHaveLength(6)
    const read = eventsOf(calendars)
    expect(read.every((e) => e.method === 'CANCEL' && e.status === 'CANCELLED')).toBe(true)
    expect(sequences(calendars)).toEqual(['2'])
    expect(uids(calendars)).toEqual(expectedUids())
    // Never invited: told by mail, no calendar part.
    expect((await received(LATE, 'nnul')).calendars).toEqual([])
  })

  it('lists the file’s mails and their status on the file (the deliveries join), within the structure', async () => {
    const sa = await payload.findByID({ collection: 'users', id: world.users.structureAdmin.id, depth: 0, overrideAccess: true })
    const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 1, overrideAccess: false, user: sa as never })
    const deliveries = (file.deliveries?.docs ?? []) as { recipientEmail?: string; status?: string; kind?: string }[]
    expect(deliveries.filter((d) => d.recipientEmail === P1).map((d) => d.kind).sort()).toEqual([
      'file.cancelled',
      'file.rescheduled',
      'session.convocation',
    ])
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true)
  })

  it('names the OPCO in the mails, and says « l’OPCO » when the structure’s OPCO is "autre"', async () => {
    const { fileMailData } = await import('../../jobs/shared/file-mail-context')
    await payload.db.updateOne({ collection: 'funding-files', id: fileId, data: { opco: 'opco-sante' } })
    expect((await fileMailData(payload, fileId)).opco).toBe('OPCO Santé')
    await payload.db.updateOne({ collection: 'funding-files', id: fileId, data: { opco: 'autre' } })
    const data = await fileMailData(payload, fileId)
    expect(data.opco).toBeUndefined()
    const { opcoName } = await import('../../src/email/phrases')
    expect(opcoName('fr', data as never)).toBe('l’OPCO')
  })
})
