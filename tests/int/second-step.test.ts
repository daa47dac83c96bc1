/**
 * The second step (issue 20): a director's « intéressé » to the cold survey's offer makes their structure a lead of
 * its own federation's second-step campaign, once, on a facilitator's worklist, with the campaign's kit and the
 * 30-day nudge; an answer before any such campaign waits for it; « non merci » makes none; the dashboard counts the
 * way from the first step to the second. Real SQLite, Redis, worker and SMTP peer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { signHalfDay } from '../../collections/attendance/services/participant-sheet'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { submitSurvey } from '../../collections/survey-responses/services/survey-form'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { resolveParticipants } from '../../jobs/shared/session-facts'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { whereOfLink } from '../../src/reports/dashboard/links'
import { loadDashboard } from '../../src/reports/dashboard/load'
import { loadNationalDashboard } from '../../src/reports/national/load-national'
import { fieldName } from '../../src/sessions/survey-questions'
import { settle } from '../helpers/pipeline'
import { startMailPipeline, type MailPipeline } from '../helpers/mail-pipeline'
import { sleep } from '../helpers/wait'
import { at, enrol, makeParticipant, makeSession, makeStructure, tokenOf } from './sessions-fixtures'

const DAY = 86_400_000
let pipeline: MailPipeline
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let session: string
let federationA: string
let firstStep: string
let otherFederationsSecond: string
let facilitator: { profileId: string; email: string }
/** Structures of federation A: s0 answers before any second-step campaign, s1 after (two directors), s2 says no. */
const s: Record<'s0' | 's1' | 's2', string> = { s0: '', s1: '', s2: '' }
const directors: Record<'d0' | 'd1' | 'd1b' | 'd2', string> = { d0: '', d1: '', d1b: '', d2: '' }

const structure = (id: string) => payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true })
const campaignStructures = async (id: string) =>
  ((await payload.findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: true })).structures ?? []).map(String).sort()
const kitMailsTo = (address: string) => catcher.mails.filter((m) => m.to.includes(address) && m.subject.includes('Seconde étape'))

/** The director answers the cold survey's offer through their own link, 62 days after the session. */
async function answer(director: keyof typeof directors, offer: 'interested' | 'not-interested') {
  const [r] = await resolveParticipants(payload, { sessionId: session, kind: 'survey.cold_director', participantId: directors[director], now: at(62, 9) })
  if (!r?.link) throw new Error(`no cold link for ${director}`)
  const form = { [fieldName('applied')]: '4', [fieldName('confidence')]: '5', [fieldName('second-training')]: offer }
  expect(await submitSurvey(payload, { token: tokenOf(r.link), sessionId: session, form, now: at(62, 10) })).toMatchObject({ ok: true })
}

const secondStepCampaign = (title: string, federation: string) =>
  payload
    .create({
      collection: 'campaigns',
      overrideAccess: true,
      data: { federation, title, phase: 'regional', region: 'paca', step: 'second', startDate: new Date(Date.now() - DAY).toISOString(), kit: { link: 'https://essaim.example.org/seconde-etape' } },
    })
    .then((c) => String(c.id))

beforeAll(async () => {
  pipeline = await startMailPipeline()
  ;({ payload, runtime, catcher } = pipeline)

  for (const key of ['s0', 's1', 's2'] as const) {
    s[key] = await makeStructure(payload, `CHRS ${key}`)
    await payload.update({ collection: 'structures', id: s[key], data: { contactStatus: 'trained', contactEmail: `${key}@structures.example.org` }, overrideAccess: true })
  }
  federationA = String((await structure(s.s0)).federation)
  // The facilitator of the 13, who has no structure yet: the assignment rule gives them the leads.
  const user = await payload.create({ collection: 'users', overrideAccess: true, context: { skipWelcomeMail: true }, data: { email: 'karim@eric.example.org', password: 'motdepasse-1', name: 'Karim', role: 'facilitator', language: 'fr' } })
  const space = await payload.create({ collection: 'eric-spaces', overrideAccess: true, data: { name: 'ERIC Marseille', commune: 'Marseille', postalCode: '13001', departement: '13', email: 'eric@example.org' } })
  const profile = await payload.create({ collection: 'facilitators', overrideAccess: true, data: { name: 'Karim', user: user.id, ericSpace: space.id } as never })
  facilitator = { profileId: String(profile.id), email: 'karim@eric.example.org' }

  session = await makeSession(payload, { structures: Object.values(s) })
  const people: [keyof typeof directors, string][] = [['d0', s.s0], ['d1', s.s1], ['d1b', s.s1], ['d2', s.s2]]
  for (const [key, structureId] of people) {
    directors[key] = await makeParticipant(payload, structureId, 'direction', { name: `Direction ${key}` })
    await enrol(payload, session, directors[key])
    const link = await issuePersonalLink(payload, { sessionId: session, purpose: 'attendance', holder: { participantId: directors[key] }, now: at(-1, 9) })
    await signHalfDay(payload, { token: link.token, sessionId: session, slotIndex: 0, now: at(0, 8) })
  }
  firstStep = String(
    (await payload.create({ collection: 'campaigns', overrideAccess: true, data: { title: 'Déploiement PACA', phase: 'regional', region: 'paca', startDate: new Date(Date.now() - 90 * DAY).toISOString(), structures: Object.values(s) } })).id,
  )
  // Another federation, with its own open second-step campaign of the same region: never A's leads'.
  const federationB = String((await payload.create({ collection: 'federations', overrideAccess: true, data: { name: 'FAS Occitanie', territory: 'Occitanie', phase: 'pilot' } as never })).id)
  otherFederationsSecond = await secondStepCampaign('Seconde étape Occitanie', federationB)
}, 180_000)

afterAll(async () => {
  await pipeline?.close()
})

describe('the second step', () => {
  let secondStep: string

  it('counts an « intéressé » without an open second-step campaign in the federation, and the lead waits', async () => {
    await answer('d0', 'interested')
    expect(await structure(s.s0)).toMatchObject({ contactStep: 'first', contactStatus: 'trained' })
    expect(await campaignStructures(otherFederationsSecond)).toEqual([])
  })

  it('makes the waiting structure a lead when its federation opens a second-step campaign', async () => {
    secondStep = await secondStepCampaign('Seconde étape PACA', federationA)
    expect(await campaignStructures(secondStep)).toEqual([s.s0])
    expect(await structure(s.s0)).toMatchObject({ contactStep: 'second', contactStatus: 'to-approach' })
    const launched = await (await import('../../jobs/definitions/campaign-kit')).requestKitAction(payload, secondStep, 'launch')
    expect(launched.ok).toBe(true)
    await settle(payload, runtime)
  })

  it('makes an interested director’s structure a lead of its own federation’s campaign, once, on the facilitator’s worklist', async () => {
    await answer('d1', 'interested')
    const lead = await structure(s.s1)
    expect(lead).toMatchObject({ contactStep: 'second', contactStatus: 'to-approach' })
    expect(String(lead.assignedFacilitator)).toBe(facilitator.profileId)
    const since = lead.contactStatusChangedAt
    // A second director of the same structure: still one lead, its period untouched.
    await answer('d1b', 'interested')
    expect(await campaignStructures(secondStep)).toEqual([s.s0, s.s1].sort())
    expect((await structure(s.s1)).contactStatusChangedAt).toBe(since)
    expect(await campaignStructures(otherFederationsSecond)).toEqual([])
    // The facilitator's worklist: their structures (jobs/definitions/worklist-nudge.ts links to this list).
    const worklist = await payload.find({ collection: 'structures', where: { assignedFacilitator: { equals: facilitator.profileId } }, depth: 0, overrideAccess: true })
    expect(worklist.docs.map((d) => String(d.id)).sort()).toEqual([s.s0, s.s1].sort())
  })

  it('makes no lead of « non merci »', async () => {
    await answer('d2', 'not-interested')
    expect(await structure(s.s2)).toMatchObject({ contactStep: 'first', contactStatus: 'trained' })
    expect(await campaignStructures(secondStep)).not.toContain(s.s2)
  })

  it('sends the campaign’s kit to each lead, the running mailing taking the new one', async () => {
    await settle(payload, runtime)
    await sleep(500)
    expect(kitMailsTo('s0@structures.example.org')).toHaveLength(1)
    expect(kitMailsTo('s1@structures.example.org')).toHaveLength(1)
    expect(kitMailsTo('s2@structures.example.org')).toHaveLength(0)
    expect((await structure(s.s1)).contactStatus).toBe('presented')
  })

  it('nudges the facilitator about the leads untouched for 30 days, naming the second-step campaign', async () => {
    const { runWorklistNudge } = await import('../../jobs/definitions/worklist-nudge')
    expect(await runWorklistNudge(payload, new Date(Date.now() + 31 * DAY))).toEqual({ facilitators: 1, structures: 2 })
    await settle(payload, runtime)
    await sleep(500)
    const [nudge] = catcher.mails.filter((m) => m.to.includes(facilitator.email))
    expect(nudge.subject).toContain('Seconde étape PACA')
  })

  it('counts, per campaign and federation, the structures gone from the first step to the second', async () => {
    const funnel = async (filters: { campaign?: string }, federation?: string) => {
      const result = await loadDashboard(payload, filters, { federation })
      if (!result.ok) throw new Error(result.error.en)
      return result.dashboard
    }
    const byCampaign = await funnel({ campaign: firstStep })
    expect([byCampaign.secondStep.interested.count, byCampaign.secondStep.leads.count, byCampaign.secondStep.filed.count]).toEqual([2, 2, 0])
    // The leads were trained in the first step: the first campaign still counts them so.
    expect(byCampaign.targets[0].trained.count).toBe(3)
    const listed = async (collection: 'structures' | 'survey-responses', link: string) =>
      (await payload.find({ collection, where: whereOfLink(link), depth: 0, pagination: false, overrideAccess: true })).docs
    expect((await listed('structures', byCampaign.secondStep.leads.link)).map((d) => String(d.id)).sort()).toEqual([s.s0, s.s1].sort())
    expect(await listed('survey-responses', byCampaign.secondStep.interested.link)).toHaveLength(3)

    // A funding request for the second step: the lead has filed.
    await payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure: s.s1, session, requestedAmount: 2400, requestedTrainees: 4 } as never })
    await settle(payload, runtime)
    const inA = await funnel({}, federationA)
    expect([inA.secondStep.interested.count, inA.secondStep.leads.count, inA.secondStep.filed.count]).toEqual([2, 2, 1])
    const second = inA.targets.find((t) => t.campaignId === secondStep)
    expect([second?.structures.count, second?.reached.count]).toEqual([2, 2])
    const elsewhere = await funnel({ campaign: otherFederationsSecond })
    expect([elsewhere.secondStep.interested.count, elsewhere.secondStep.leads.count]).toEqual([0, 0])
    // The national view reads the same figures, federation by federation.
    const national = await loadNationalDashboard(payload)
    const steps = Object.fromEntries(national.federations.map((c) => [c.federation?.id ?? '', c.secondStep.leads.count]))
    expect(steps[federationA]).toBe(2)
    expect(Object.values(steps).reduce((a, b) => a + b, 0)).toBe(2)
  })
})
