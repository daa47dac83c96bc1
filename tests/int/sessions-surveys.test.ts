/**
 * Questionnaires through personal links: an answer is recorded once, flags the enrolment, spends every link the
 * person holds for it, and takes them out of the next reminder; the director's cold answer records the offer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { signHalfDay } from '../../collections/attendance/services/participant-sheet'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { loadSurveyForm, submitSurvey } from '../../collections/survey-responses/services/survey-form'
import { directorRecipients, resolveParticipants, userLink } from '../../jobs/shared/session-facts'
import { fieldName } from '../../src/sessions/survey-questions'
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
let session: string
let otherSession: string
let structure: string
let ana: string // social worker, attends
let bob: string // technical, attends
let cleo: string // direction, attends
let dan: string // never comes
let facilitator: TestUser
const E = at(2, 15)

const names = async (kind: Parameters<typeof resolveParticipants>[1]['kind'], now = E) =>
  (await resolveParticipants(payload, { sessionId: session, kind, now })).map((r) => r.name).sort()

const linkFor = async (kind: Parameters<typeof resolveParticipants>[1]['kind'], participant: string, now = E) => {
  const [r] = await resolveParticipants(payload, { sessionId: session, kind, participantId: participant, now })
  if (!r?.link) throw new Error(`no ${kind} link for ${participant}`)
  return tokenOf(r.link)
}

const HOT_ANSWER = {
  [fieldName('overall')]: '5',
  [fieldName('objectives')]: '4',
  [fieldName('facilitation')]: '5',
  [fieldName('useful')]: '4',
  [fieldName('comments')]: 'Très concret.',
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  facilitator = await makeUser(payload, 'facilitator')
  structure = await makeStructure(payload, 'CADA du Port')
  session = await makeSession(payload, { structures: [structure], facilitators: [String(facilitator.id)] })
  otherSession = await makeSession(payload, { structures: [structure], weekOffset: 2 })
  ana = await makeParticipant(payload, structure, 'social-worker', { name: 'Ana' })
  bob = await makeParticipant(payload, structure, 'technical', { name: 'Bob', language: 'en' })
  cleo = await makeParticipant(payload, structure, 'direction', { name: 'Cléo' })
  dan = await makeParticipant(payload, structure, 'administration', { name: 'Dan' })
  for (const p of [ana, bob, cleo, dan]) await enrol(payload, session, p)
  // Everyone but Dan signs the first half-day.
  for (const p of [ana, bob, cleo]) {
    const link = await issuePersonalLink(payload, {
      sessionId: session,
      purpose: 'attendance',
      holder: { participantId: p },
      now: at(-1, 9),
    })
    await signHalfDay(payload, { token: link.token, sessionId: session, slotIndex: 0, now: at(0, 8) })
  }
})

describe('positioning survey', () => {
  it('is recorded once, flags the enrolment, and the reminder skips the person who answered', async () => {
    const before = at(-10, 9)
    expect(await names('survey.positioning', before)).toEqual(['Ana', 'Bob', 'Cléo', 'Dan'])
    const first = await linkFor('survey.positioning', ana, before)
    const second = await linkFor('survey.positioning', ana, at(-5, 9)) // the reminder's own link
    const form = await loadSurveyForm(payload, { token: first, sessionId: session, now: at(-9, 9) })
    expect(form.ok && form.form.questions.map((q) => q.key)).toEqual(['ease', 'work-use', 'expectations', 'needs'])
    const answer = {
      [fieldName('ease')]: '2',
      [fieldName('work-use')]: '3',
      [fieldName('expectations')]: 'Aider les résidents.',
    }
    expect(await submitSurvey(payload, { token: first, sessionId: session, form: answer, now: at(-9, 9) })).toEqual({
      ok: true,
      kind: 'positioning',
    })

    const [response] = (
      await payload.find({
        collection: 'survey-responses',
        where: { kind: { equals: 'positioning' } },
        overrideAccess: true,
      })
    ).docs
    expect(response?.answers?.map((a) => [a.key, a.scale ?? a.text])).toEqual([
      ['ease', 2],
      ['work-use', 3],
      ['expectations', 'Aider les résidents.'],
    ])
    const enrolment = (
      await payload.find({ collection: 'enrolments', where: { participant: { equals: ana } }, overrideAccess: true })
    ).docs[0]
    expect(enrolment?.positioningDone).toBe(true)
    expect(await names('survey.positioning', at(-5, 9))).toEqual(['Bob', 'Cléo', 'Dan'])

    // Replays: the same link, and the reminder's link issued before the answer, are both spent.
    expect(await submitSurvey(payload, { token: first, sessionId: session, form: answer, now: at(-9, 10) })).toEqual({
      ok: false,
      refusal: 'used',
    })
    expect(await loadSurveyForm(payload, { token: second, sessionId: session, now: at(-9, 10) })).toEqual({
      ok: false,
      refusal: 'used',
    })
    expect(
      (
        await payload.count({
          collection: 'survey-responses',
          where: { kind: { equals: 'positioning' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('closes at the start of the session', async () => {
    const token = await linkFor('survey.positioning', bob, at(-3, 9))
    expect(await loadSurveyForm(payload, { token, sessionId: session, now: at(0, 7) })).toEqual({
      ok: false,
      refusal: 'expired',
    })
  })
})

describe('hot survey', () => {
  it('goes to those who attended; an incomplete answer writes nothing; a link cannot answer for another session', async () => {
    expect(await names('survey.hot')).toEqual(['Ana', 'Bob', 'Cléo'])
    const token = await linkFor('survey.hot', bob)
    expect(await loadSurveyForm(payload, { token, sessionId: otherSession, now: E })).toEqual({
      ok: false,
      refusal: 'wrong-session',
    })
    const incomplete = await submitSurvey(payload, {
      token,
      sessionId: session,
      form: { [fieldName('overall')]: '9' },
      now: E,
    })
    expect(incomplete.ok).toBe(false)
    expect(!incomplete.ok && incomplete.refusal === 'invalid' && incomplete.problems.map((p) => p.key)).toEqual([
      'overall',
      'objectives',
      'facilitation',
      'useful',
    ])
    expect(
      (
        await payload.count({
          collection: 'survey-responses',
          where: { kind: { equals: 'hot' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    expect(await submitSurvey(payload, { token, sessionId: session, form: HOT_ANSWER, now: at(3, 9) })).toMatchObject({
      ok: true,
    })
    // T14 reminders (+2 d, +5 d) skip Bob from now on.
    expect(await names('survey.hot_reminder', at(4, 15))).toEqual(['Ana', 'Cléo'])
  })

  it('refuses an answer after the close (E + 10 d)', async () => {
    const token = await linkFor('survey.hot', ana)
    expect(await submitSurvey(payload, { token, sessionId: session, form: HOT_ANSWER, now: at(12, 16) })).toEqual({
      ok: false,
      refusal: 'expired',
    })
  })
})

describe('cold survey and the director’s offer', () => {
  it('reaches directors through their own mail, records "interested", and the reminder skips who answered', async () => {
    expect(await names('survey.cold')).toEqual(['Ana', 'Bob'])
    expect(await names('survey.cold_director')).toEqual(['Cléo'])
    const token = await linkFor('survey.cold_director', cleo, at(62, 9))
    const form = await loadSurveyForm(payload, { token, sessionId: session, now: at(62, 9) })
    expect(form.ok && form.form.questions.some((q) => q.key === 'second-training')).toBe(true)
    const answer = {
      [fieldName('applied')]: '4',
      [fieldName('confidence')]: '4',
      [fieldName('second-training')]: 'interested',
    }
    expect(await submitSurvey(payload, { token, sessionId: session, form: answer, now: at(62, 10) })).toEqual({
      ok: true,
      kind: 'cold',
    })
    const interested = await payload.find({
      collection: 'survey-responses',
      where: { secondTrainingInterest: { equals: 'interested' } },
      overrideAccess: true,
    })
    expect(interested.docs.map((d) => String(typeof d.structure === 'object' ? d.structure?.id : d.structure))).toEqual(
      [structure],
    )
    expect(await names('survey.cold_reminder', at(69, 9))).toEqual(['Ana', 'Bob'])
  })

  it('does not ask the offer of a participant who is not in a direction role', async () => {
    const token = await linkFor('survey.cold', ana, at(62, 9))
    const form = await loadSurveyForm(payload, { token, sessionId: session, now: at(62, 9) })
    expect(form.ok && form.form.questions.some((q) => q.key === 'second-training')).toBe(false)
  })

  it('lets a structure admin answer the director’s questionnaire when the structure sent no director', async () => {
    const other = await makeStructure(payload, 'ACI Les Jardins')
    const admin = await makeUser(payload, 'structure-admin', { structures: [other] })
    const shared = await makeSession(payload, { structures: [structure, other], weekOffset: 4 })
    await enrol(payload, shared, await makeParticipant(payload, structure, 'direction', { name: 'Eve' }))
    await enrol(payload, shared, await makeParticipant(payload, other, 'social-worker', { name: 'Fil' }))
    const recipients = await directorRecipients(payload, { kind: 'survey.director' }, shared)
    expect(recipients.map((r) => r.name).sort()).toEqual(['Eve', admin.name])
    const adminLink = recipients.find((r) => r.userId === String(admin.id))?.link ?? ''
    const form = await loadSurveyForm(payload, { token: tokenOf(adminLink), sessionId: shared, now: at(35, 9) })
    expect(form.ok && form.form).toMatchObject({
      kind: 'director',
      respondent: { userId: String(admin.id), isDirection: true },
    })
  })
})

describe('facilitator questionnaire', () => {
  it('opens with the last half-day, through the facilitator’s link, configured questions first', async () => {
    await payload.create({
      collection: 'surveys',
      overrideAccess: true,
      data: {
        kind: 'facilitator',
        questions: [
          {
            key: 'group',
            type: 'scale',
            labelFr: 'Le groupe',
            labelEn: 'The group',
            required: true,
            audience: 'everyone',
          },
          { key: 'notes', type: 'text', labelFr: 'Notes', labelEn: 'Notes', required: false, audience: 'everyone' },
        ],
      },
    })
    const token = tokenOf(
      await userLink(payload, {
        sessionId: session,
        userId: String(facilitator.id),
        purpose: 'facilitator',
        now: at(-2, 9),
      }),
    )
    expect(await loadSurveyForm(payload, { token, sessionId: session, now: at(1, 9) })).toEqual({
      ok: false,
      refusal: 'not-open',
    })
    const form = await loadSurveyForm(payload, { token, sessionId: session, now: at(2, 12) })
    expect(form.ok && form.form.questions.map((q) => q.label.en)).toEqual(['The group', 'Notes'])
    expect(
      await submitSurvey(payload, { token, sessionId: session, form: { [fieldName('group')]: '5' }, now: at(2, 16) }),
    ).toEqual({ ok: true, kind: 'facilitator' })
    expect(
      await submitSurvey(payload, { token, sessionId: session, form: { [fieldName('group')]: '5' }, now: at(2, 17) }),
    ).toEqual({ ok: false, refusal: 'already-answered' })
  })
})

afterAll(async () => {
  await payload?.destroy()
})
