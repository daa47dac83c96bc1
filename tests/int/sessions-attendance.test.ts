/**
 * Personal links and attendance, through the functions behind the personal pages: a link for one session cannot
 * read or sign another; tampered, expired and replayed links are refused; signed half-days make the hours; the
 * facilitator countersigns and marks absences; T13 reads the sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { loadFacilitatorSheet, recordFacilitatorSheet } from '../../collections/attendance/services/facilitator-sheet'
import { loadParticipantSheet, signHalfDay } from '../../collections/attendance/services/participant-sheet'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { openPersonalLink } from '../../collections/personal-links/services/open-link'
import { resolveParticipants, settleAttendance, slotAttendance, userLink } from '../../jobs/shared/session-facts'
import { hashToken } from '../../src/sessions/tokens'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import {
  at,
  enrol,
  makeParticipant,
  makeSession,
  makeStructure,
  makeUser,
  tokenOf,
  type TestUser,
} from './sessions-fixtures'

let payload: Payload
let facilitator: TestUser
let sessionA: string
let sessionB: string
let ana: string // participant of A
let bob: string // participant of A
let cleo: string // participant of B
const ISSUED = at(-14, 9)

const enrolmentOf = async (session: string, participant: string) =>
  (
    await payload.find({
      collection: 'enrolments',
      where: { and: [{ session: { equals: session } }, { participant: { equals: participant } }] },
      overrideAccess: true,
    })
  ).docs[0]

const attendanceLink = async (session: string, participant: string) =>
  (
    await issuePersonalLink(payload, {
      sessionId: session,
      purpose: 'attendance',
      holder: { participantId: participant },
      now: ISSUED,
    })
  ).token

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  facilitator = await makeUser(payload, 'facilitator', { language: 'en' })
  const structure = await makeStructure(payload, 'CHRS Les Tilleuls')
  sessionA = await makeSession(payload, { structures: [structure], facilitators: [String(facilitator.id)] })
  sessionB = await makeSession(payload, { structures: [structure], weekOffset: 1 })
  ana = await makeParticipant(payload, structure, 'social-worker', { name: 'Ana Martin' })
  bob = await makeParticipant(payload, structure, 'technical', { name: 'Bob Roux' })
  cleo = await makeParticipant(payload, structure, 'direction', { name: 'Cléo Petit' })
  await enrol(payload, sessionA, ana)
  await enrol(payload, sessionA, bob)
  await enrol(payload, sessionB, cleo)
})

describe('personal links', () => {
  it('are stored as a hash only, and work for their own session', async () => {
    const issued = await issuePersonalLink(payload, {
      sessionId: sessionA,
      purpose: 'attendance',
      holder: { participantId: ana },
      now: ISSUED,
    })
    expect(issued.url).toBe(`http://localhost:3000/p/${sessionA}/${issued.token}`)
    const stored = await payload.findByID({ collection: 'personal-links', id: issued.id, overrideAccess: true })
    expect(stored.tokenHash).toBe(hashToken(issued.token))
    expect(JSON.stringify(stored)).not.toContain(issued.token)
    const sheet = await loadParticipantSheet(payload, { token: issued.token, sessionId: sessionA, now: at(0, 8) })
    expect(sheet.ok && sheet.sheet.participantName).toBe('Ana Martin')
  })

  it('for one session can neither read nor sign another', async () => {
    const token = await attendanceLink(sessionA, ana)
    expect(await loadParticipantSheet(payload, { token, sessionId: sessionB, now: at(7, 8) })).toEqual({
      ok: false,
      refusal: 'wrong-session',
    })
    expect(await signHalfDay(payload, { token, sessionId: sessionB, slotIndex: 0, now: at(7, 8) })).toEqual({
      ok: false,
      refusal: 'wrong-session',
    })
    expect(
      (
        await payload.count({
          collection: 'attendance',
          where: { session: { equals: sessionB } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses a tampered, truncated, expired or revoked token, and a link used for another purpose', async () => {
    const token = await attendanceLink(sessionA, ana)
    const tampered = `${token.slice(0, 10)}${token[10] === 'x' ? 'y' : 'x'}${token.slice(11)}`
    const open = (t: string, now = at(0, 8)) =>
      openPersonalLink(payload, { token: t, sessionId: sessionA, purposes: ['attendance'], now })
    expect(await open(tampered)).toEqual({ ok: false, refusal: 'unknown' })
    expect(await open(token.slice(0, 30))).toEqual({ ok: false, refusal: 'malformed' })
    expect(await open(token, at(3, 16))).toEqual({ ok: false, refusal: 'expired' })
    expect(await signHalfDay(payload, { token: tampered, sessionId: sessionA, slotIndex: 0, now: at(0, 8) })).toEqual({
      ok: false,
      refusal: 'unknown',
    })
    const hot = await issuePersonalLink(payload, {
      sessionId: sessionA,
      purpose: 'survey-hot',
      holder: { participantId: ana },
      now: ISSUED,
    })
    expect(await signHalfDay(payload, { token: hot.token, sessionId: sessionA, slotIndex: 0, now: at(0, 8) })).toEqual({
      ok: false,
      refusal: 'wrong-purpose',
    })
    await payload.update({
      collection: 'personal-links',
      id: hot.id,
      data: { revokedAt: at(0, 0).toISOString() },
      overrideAccess: true,
    })
    expect(
      (
        await openPersonalLink(payload, {
          token: hot.token,
          sessionId: sessionA,
          purposes: ['survey-hot'],
          now: at(0, 8),
        })
      ).ok,
    ).toBe(false)
  })

  it('stop working for a participant who withdrew', async () => {
    const dan = await makeParticipant(
      payload,
      (await payload.findByID({ collection: 'sessions', id: sessionA, depth: 0, overrideAccess: true }))
        .structures[0] as string,
      'other',
    )
    const enrolment = await enrol(payload, sessionA, dan)
    const token = await attendanceLink(sessionA, dan)
    await payload.update({
      collection: 'enrolments',
      id: enrolment,
      data: { status: 'withdrawn' },
      overrideAccess: true,
    })
    expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: 0, now: at(0, 8) })).toEqual({
      ok: false,
      refusal: 'not-enrolled',
    })
  })
})

describe('signing half-days', () => {
  it('signs the current half-day once; a replay is harmless; outside its window nothing is signed', async () => {
    const token = await attendanceLink(sessionA, ana)
    expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: 1, now: at(0, 8) })).toEqual({
      ok: false,
      refusal: 'not-open',
    })
    expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: 0, now: at(0, 6, 40) })).toEqual({
      ok: true,
      outcome: 'signed',
    })
    expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: 0, now: at(0, 8) })).toEqual({
      ok: true,
      outcome: 'already-signed',
    })
    expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: 9, now: at(0, 8) })).toEqual({
      ok: false,
      refusal: 'no-such-half-day',
    })
    const sheet = await loadParticipantSheet(payload, { token, sessionId: sessionA, now: at(0, 12) })
    if (!sheet.ok) throw new Error(sheet.refusal)
    expect(sheet.sheet.halfDays.map((h) => h.state)).toEqual([
      'signed',
      'unsigned',
      'unsigned',
      'unsigned',
      'unsigned',
      'unsigned',
    ])
    expect(sheet.sheet.currentIndex).toBe(1)
    expect(sheet.sheet.halfDays[1]?.signable).toBe(true)
    expect(
      (
        await payload.count({
          collection: 'attendance',
          where: { session: { equals: sessionA } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('computes hours from the signed half-days, and the outcome at the end', async () => {
    const token = await attendanceLink(sessionA, ana)
    for (const [i, now] of [
      [1, at(0, 12)],
      [2, at(1, 8)],
      [3, at(1, 12)],
    ] as const) {
      expect(await signHalfDay(payload, { token, sessionId: sessionA, slotIndex: i, now })).toMatchObject({ ok: true })
    }
    expect((await enrolmentOf(sessionA, ana))?.hoursAttended).toBe(14)
    await settleAttendance(payload, sessionA, at(3, 8))
    expect(await enrolmentOf(sessionA, ana)).toMatchObject({ hoursAttended: 14, status: 'partial' })
    expect(await enrolmentOf(sessionA, bob)).toMatchObject({ hoursAttended: 0, status: 'no-show' })
  })
})

describe('the facilitator’s sheet', () => {
  it('reports unsigned lines and absences for T13, takes absences, refuses an incomplete countersignature, then closes the sheet', async () => {
    const url = await userLink(payload, {
      sessionId: sessionA,
      userId: String(facilitator.id),
      purpose: 'facilitator',
      now: ISSUED,
    })
    const token = tokenOf(url)
    // Half-day 4 (day 3 morning): Ana signs, Bob does nothing.
    await signHalfDay(payload, {
      token: await attendanceLink(sessionA, ana),
      sessionId: sessionA,
      slotIndex: 4,
      now: at(2, 8),
    })
    expect(await slotAttendance(payload, sessionA, 4)).toEqual({
      unsignedSheets: 2, // Bob's line and the countersignature
      absentParticipants: 1,
      absentNames: ['Bob Roux'],
      unsignedNames: ['Bob Roux'],
    })
    const view = await loadFacilitatorSheet(payload, { token, sessionId: sessionA, now: at(2, 9) })
    if (!view.ok) throw new Error(view.refusal)
    expect(view.sheet).toMatchObject({ slotIndex: 4, open: true, language: 'en' })
    expect(view.sheet.lines.map((l) => [l.name, l.state])).toEqual([
      ['Ana Martin', 'signed'],
      ['Bob Roux', 'unsigned'],
    ])

    const record = (countersign: boolean, absent: string[] = []) =>
      recordFacilitatorSheet(payload, {
        token,
        sessionId: sessionA,
        slotIndex: 4,
        absentParticipantIds: absent,
        countersign,
        now: at(2, 11),
      })
    expect(await record(true)).toEqual({ ok: false, refusal: 'incomplete', names: ['Bob Roux'] })
    expect(await record(true, [bob])).toEqual({ ok: true, marked: 1, countersigned: true })
    expect(await slotAttendance(payload, sessionA, 4)).toMatchObject({ unsignedSheets: 0, absentParticipants: 1 })
    expect(await record(false, [bob])).toEqual({ ok: false, refusal: 'sheet-closed' })
    // A closed sheet cannot be signed any more.
    expect(
      await signHalfDay(payload, {
        token: await attendanceLink(sessionA, bob),
        sessionId: sessionA,
        slotIndex: 4,
        now: at(2, 11),
      }),
    ).toEqual({
      ok: false,
      refusal: 'sheet-closed',
    })
  })

  it('is refused to a facilitator link for another session and to a facilitator taken off the session', async () => {
    const url = await userLink(payload, {
      sessionId: sessionA,
      userId: String(facilitator.id),
      purpose: 'facilitator',
      now: ISSUED,
    })
    expect(await loadFacilitatorSheet(payload, { token: tokenOf(url), sessionId: sessionB, now: at(7, 8) })).toEqual({
      ok: false,
      refusal: 'wrong-session',
    })
    const other = await makeUser(payload, 'facilitator')
    const stranger = await userLink(payload, {
      sessionId: sessionA,
      userId: String(other.id),
      purpose: 'facilitator',
      now: ISSUED,
    })
    expect(
      await loadFacilitatorSheet(payload, { token: tokenOf(stranger), sessionId: sessionA, now: at(0, 8) }),
    ).toEqual({ ok: false, refusal: 'not-facilitator' })
  })
})

describe('participant mails', () => {
  it('give each active participant their own attendance link with the convocation, none to those who withdrew', async () => {
    const recipients = await resolveParticipants(payload, {
      sessionId: sessionA,
      kind: 'session.convocation',
      now: ISSUED,
    })
    expect(recipients.map((r) => r.name).sort()).toEqual(['Ana Martin', 'Bob Roux'])
    for (const r of recipients) {
      expect(r.link).toMatch(new RegExp(`^http://localhost:3000/p/${sessionA}/[A-Za-z0-9_-]{43}$`))
      const opened = await openPersonalLink(payload, {
        token: tokenOf(r.link ?? ''),
        sessionId: sessionA,
        purposes: ['attendance'],
        now: at(0, 8),
      })
      expect(opened.ok && opened.link.participantId).toBe(r.participantId)
    }
    expect(new Set(recipients.map((r) => r.link)).size).toBe(2)
    expect(
      await resolveParticipants(payload, { sessionId: sessionB, kind: 'session.day_before', participantId: ana }),
    ).toEqual([])
  })
})

afterAll(async () => {
  await payload?.destroy()
})
