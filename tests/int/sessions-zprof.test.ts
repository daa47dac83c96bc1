import { afterAll, beforeAll, it } from '@jest/globals'
import type { Payload } from 'payload'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { submitSurvey } from '../../collections/survey-responses/services/survey-form'
import { resolveParticipants } from '../../jobs/session-facts'
import { fieldName } from '../../src/sessions/survey-questions'
import { bootPayload } from '../../tests/helpers/boot'
import { useTestEnv } from '../../tests/helpers/test-env'
import { at, enrol, makeParticipant, makeSession, makeStructure } from '../../tests/int/sessions-fixtures'
let payload: Payload
beforeAll(async () => { await useTestEnv(); let t = Date.now(); payload = await bootPayload(); console.log('boot', Date.now() - t) })
it('prof', async () => {
  let t = Date.now()
  const s = await makeStructure(payload, 'x'); const session = await makeSession(payload, { structures: [s] })
  console.log('setup', Date.now() - t); t = Date.now()
  const ps = [] as string[]
  for (let i = 0; i < 4; i++) { const p = await makeParticipant(payload, s, 'direction'); await enrol(payload, session, p); ps.push(p) }
  console.log('4 enrol', Date.now() - t); t = Date.now()
  const r = await resolveParticipants(payload, { sessionId: session, kind: 'survey.positioning', now: at(-10, 9) })
  console.log('resolve', Date.now() - t); t = Date.now()
  const l = await issuePersonalLink(payload, { sessionId: session, purpose: 'survey-positioning', holder: { participantId: ps[0]! }, now: at(-10, 9) })
  console.log('issue', Date.now() - t); t = Date.now()
  const res = await submitSurvey(payload, { token: l.token, sessionId: session, form: { [fieldName('ease')]: '2', [fieldName('work-use')]: '3' }, now: at(-9, 9) })
  console.log('submit', Date.now() - t, res.ok)
})
afterAll(async () => { await payload?.destroy() })
