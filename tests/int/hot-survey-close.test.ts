/**
 * Issue 18, T14 real: the hot questionnaire closes at E+10 d (domain §5). Its links stop then — a link a late reminder
 * issued too, though it would have lived two days longer — and the personal page refuses answers; before the close
 * they are taken. The close is what the T14 timer's task runs (jobs/definitions/handle-timer.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { closeSurveyLinks } from '../../collections/survey-responses/services/close-survey'
import { loadSurveyForm } from '../../collections/survey-responses/services/survey-form'
import { REFUSAL_TEXT } from '../../src/sessions/page-text'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import { at, enrol, makeParticipant, makeSession, makeStructure } from './sessions-fixtures'

const DAY = 24 * 3600 * 1000
/** E, the last half-day's end (threeDays: day 2, 15:00 UTC), and the close at E+10 d. */
const E = at(2, 15)
const CLOSE = new Date(E.getTime() + 10 * DAY)
let payload: Payload
let session: string
let ana: string
let bob: string

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  const structure = await makeStructure(payload, 'CHRS Les Cèdres')
  session = await makeSession(payload, { structures: [structure] })
  ana = await makeParticipant(payload, structure, 'social-worker', { name: 'Ana' })
  bob = await makeParticipant(payload, structure, 'technical', { name: 'Bob' })
  for (const p of [ana, bob]) await enrol(payload, session, p)
}, 120000)

const hotLink = async (participantId: string, now: Date) =>
  (await issuePersonalLink(payload, { sessionId: session, purpose: 'survey-hot', holder: { participantId }, now })).token

describe('the hot questionnaire’s close at E+10 d (T14)', () => {
  it('takes answers until the close, then refuses them, late-issued links included', async () => {
    const atDelivery = await hotLink(ana, E)
    // A relance sent on day 9 issues a link that would live until day 11.
    const late = await hotLink(bob, new Date(E.getTime() + 9 * DAY))
    const justBefore = new Date(CLOSE.getTime() - 60_000)
    for (const token of [atDelivery, late]) expect((await loadSurveyForm(payload, { token, sessionId: session, now: justBefore })).ok).toBe(true)

    // The link issued at delivery already ends at the close; the late one is cut short.
    expect(await closeSurveyLinks(payload, session, 'survey-hot', CLOSE)).toBe(1)
    const after = new Date(CLOSE.getTime() + 3600_000)
    for (const token of [atDelivery, late]) {
      expect(await loadSurveyForm(payload, { token, sessionId: session, now: after })).toEqual({ ok: false, refusal: 'expired' })
    }
    // What the page then says, in both languages.
    expect(REFUSAL_TEXT.expired.fr.body).toMatch(/terminée/)
    expect(REFUSAL_TEXT.expired.en.body).toMatch(/is over/)
    // A second run of the task (a retried timer) closes nothing more.
    expect(await closeSurveyLinks(payload, session, 'survey-hot', CLOSE)).toBe(0)
  })
})
