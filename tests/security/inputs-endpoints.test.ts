/**
 * Every product endpoint, as each role and anonymous, against generated input (fast-check): wrong types, nulls,
 * huge strings, odd dates, unknown keys, arrays for objects, repeated query parameters, odd ids, bodies that are
 * not JSON. No answer is a 5xx; every 4xx says what is wrong in French and English; what the accepted ones stored
 * still keeps its collection's rules. Counts per endpoint are printed (FC_RUNS=10 hunts ten times longer).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { CollectionSlug, Payload } from 'payload'
import { closeWebReportQueues } from '../../jobs/shared/report-flow'
import { CONTACT_ORDER } from '../../src/campaigns/contact-status'
import { KIT_ACTIONS } from '../../src/campaigns/kit'
import { DOC_TYPES } from '../../src/documents/kinds'
import { REGION_CODES } from '../../src/validation/departements'
import { BILLING_STATES, FILE_STATES } from '../../src/workflow/states'
import { NOTIFICATION_KINDS } from '../../src/workflow/notification-kinds'
import { closeOutboxWakePublisher } from '../../src/outbox/wake'
import { seed as seedDemo } from '../../src/seed'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { bootPayload } from '../helpers/boot'
import { restCall, restRequest, type Account } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { isoDay, isoInstant, mutatedObject, mutatedQuery, oddString, pathSegment } from './inputs-arbitraries'
import { answerOf, explore, judge, printTallies, problems, runs, seed, storedProblem } from './inputs-checks'
import { brokenRules } from './inputs-stored'

let payload: Payload

const ROLES = ['admin', 'coordinator', 'editor', 'structure-admin', 'facilitator', 'national', 'anonymous'] as const
type Who = (typeof ROLES)[number]
const accounts = new Map<Who, Account>()
const ids = { file: [] as string[], session: [] as string[], campaign: [] as string[], programme: [] as string[], facilitator: [] as string[], imports: [] as string[], federation: [] as string[] }

/** One endpoint: how to build a request from generated parts. */
interface Target {
  name: string
  method: 'GET' | 'POST'
  path: () => fc.Arbitrary<string>
  body?: () => fc.Arbitrary<string>
  contentType?: string
  numRuns: number
}

/** A JSON body from a known shape, now and then text that is not JSON at all. */
const jsonBody = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.record(shape, { requiredKeys: [] }).map((value) => JSON.stringify(value)) },
    { weight: 7, arbitrary: mutatedObject(shape).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"to":', 'not json', '[1,2', '\u0000', '{"a":1}{"b":2}') },
  )

const file = () => pathSegment(ids.file)
const moveData = {
  opcoRef: fc.string({ maxLength: 20 }),
  submittedAt: fc.oneof(isoDay, isoInstant),
  agreedAmount: fc.nat({ max: 10_000 }),
  validUntil: fc.oneof(isoDay, isoInstant),
  refusalReason: fc.string({ maxLength: 40 }),
  sessionStart: isoInstant,
  sessionEnd: isoInstant,
  slots: fc.array(fc.record({ start: isoInstant, end: isoInstant }), { maxLength: 3 }),
  reportValidated: fc.boolean(),
  employerAmount: fc.nat({ max: 5000 }),
  remainderPaid: fc.boolean(),
  reason: fc.string({ maxLength: 20 }),
}

const TARGETS: Target[] = [
  {
    name: 'POST /funding-files/:id/transition',
    method: 'POST',
    path: () => file().map((id) => `/funding-files/${id}/transition`),
    body: () => jsonBody({ to: fc.constantFrom(...FILE_STATES), reason: fc.string({ maxLength: 20 }), data: fc.oneof(fc.record(moveData, { requiredKeys: [] }), mutatedObject({ ...moveData, slots: fc.array(mutatedObject({ start: isoInstant, end: isoInstant }), { maxLength: 3 }) })) }),
    numRuns: 180,
  },
  {
    name: 'POST /funding-files/:id/billing',
    method: 'POST',
    path: () => file().map((id) => `/funding-files/${id}/billing`),
    body: () => jsonBody({ to: fc.constantFrom(...BILLING_STATES), reason: fc.string({ maxLength: 20 }), data: fc.oneof(fc.record(moveData, { requiredKeys: [] }), mutatedObject(moveData)) }),
    numRuns: 120,
  },
  { name: 'GET /funding-files/:id/moves', method: 'GET', path: () => file().map((id) => `/funding-files/${id}/moves`), numRuns: 60 },
  {
    name: 'GET /funding-files/:id/documents/:docType',
    method: 'GET',
    path: () =>
      fc
        .tuple(file(), fc.oneof(fc.constantFrom(...DOC_TYPES), oddString.map(encodeURIComponent)), mutatedQuery({ version: fc.nat({ max: 3 }).map(String) }))
        .filter(([, docType]) => docType.length > 0)
        .map(([id, docType, query]) => `/funding-files/${id}/documents/${docType}${query}`),
    numRuns: 90,
  },
  {
    name: 'POST /funding-files/:id/documents/:docType',
    method: 'POST',
    // A valid call builds a PDF: few runs, most of them odd.
    path: () =>
      fc
        .tuple(file(), fc.oneof(fc.constantFrom(...DOC_TYPES), oddString.filter((s) => s.length > 0 && s.length < 100).map(encodeURIComponent)))
        .map(([id, docType]) => `/funding-files/${id}/documents/${docType}`),
    numRuns: 30,
  },
  {
    name: 'GET /structures/export.csv',
    method: 'GET',
    path: () =>
      mutatedQuery({
        region: fc.constantFrom(...REGION_CODES),
        departement: fc.constantFrom('13', '2A', '971', '84'),
        contactStatus: fc.constantFrom(...CONTACT_ORDER),
        facilitator: fc.constantFrom(...ids.facilitator),
      }).map((q) => `/structures/export.csv${q}`),
    numRuns: 90,
  },
  {
    name: 'GET /structures/worklist.csv',
    method: 'GET',
    path: () => mutatedQuery({ facilitator: fc.constantFrom(...ids.facilitator) }).map((q) => `/structures/worklist.csv${q}`),
    numRuns: 70,
  },
  {
    name: 'POST /structures/assign-by-departement',
    method: 'POST',
    path: () => fc.constant('/structures/assign-by-departement'),
    body: () => jsonBody({ region: fc.constantFrom(...REGION_CODES) }),
    numRuns: 60,
  },
  {
    name: 'GET /notifications/preview',
    method: 'GET',
    path: () =>
      mutatedQuery({ kind: fc.constantFrom(...NOTIFICATION_KINDS), lang: fc.constantFrom('fr', 'en'), format: fc.constantFrom('html', 'text') }).map(
        (q) => `/notifications/preview${q}`,
      ),
    numRuns: 90,
  },
  { name: 'GET /outbox-events/lag', method: 'GET', path: () => mutatedQuery({}).map((q) => `/outbox-events/lag${q}`), numRuns: 20 },
  {
    name: 'POST /structure-imports/upload',
    method: 'POST',
    path: () => mutatedQuery({ filename: fc.constantFrom('a.csv', 'b.xlsx', 'c.txt') }).map((q) => `/structure-imports/upload${q}`),
    // Raw bodies: empty, garbage, a CSV header with odd rows.
    body: () =>
      fc.oneof(
        oddString,
        fc.array(fc.array(oddString.filter((s) => s.length < 100), { maxLength: 6 }).map((cells) => cells.join(';')), { maxLength: 4 }).map((rows) => ['nom;siret;departement', ...rows].join('\n')),
      ),
    contentType: 'text/csv',
    numRuns: 60,
  },
  { name: 'GET /structure-imports/:id/errors.csv', method: 'GET', path: () => pathSegment(ids.imports).map((id) => `/structure-imports/${id}/errors.csv`), numRuns: 40 },
  {
    name: 'POST /reports/session/:sessionId',
    method: 'POST',
    path: () => pathSegment(ids.session).map((id) => `/reports/session/${id}`),
    numRuns: 40,
  },
  {
    name: 'GET /reports/result-indicators',
    method: 'GET',
    path: () =>
      mutatedQuery({ programme: fc.constantFrom(...ids.programme), from: fc.oneof(isoDay, isoInstant), to: fc.oneof(isoDay, isoInstant) }).map(
        (q) => `/reports/result-indicators${q}`,
      ),
    numRuns: 60,
  },
  {
    name: 'GET /reports/dashboard',
    method: 'GET',
    path: () =>
      mutatedQuery({ campaign: fc.constantFrom(...ids.campaign), region: fc.constantFrom(...REGION_CODES), from: isoDay, to: isoDay }).map(
        (q) => `/reports/dashboard${q}`,
      ),
    numRuns: 70,
  },
  {
    name: 'GET /reports/qualiopi-evidence',
    method: 'GET',
    // A valid period builds a whole zip: short periods in the demo's past keep each run light.
    path: () =>
      mutatedQuery({ from: fc.constantFrom('2013-10-01', '2026-01-01'), to: fc.constantFrom('2013-10-15', '2026-01-31'), programme: fc.constantFrom(...ids.programme) }).map(
        (q) => `/reports/qualiopi-evidence${q}`,
      ),
    numRuns: 40,
  },
  { name: 'GET /campaigns/:id/kit', method: 'GET', path: () => pathSegment(ids.campaign).map((id) => `/campaigns/${id}/kit`), numRuns: 50 },
  {
    name: 'GET /campaigns/:id/kit/preview',
    method: 'GET',
    path: () =>
      fc
        .tuple(pathSegment(ids.campaign), mutatedQuery({ lang: fc.constantFrom('fr', 'en'), format: fc.constantFrom('html', 'text') }))
        .map(([id, q]) => `/campaigns/${id}/kit/preview${q}`),
    numRuns: 50,
  },
  {
    name: 'POST /campaigns/:id/kit/:action',
    method: 'POST',
    path: () =>
      fc
        .tuple(pathSegment(ids.campaign), fc.oneof(fc.constantFrom(...KIT_ACTIONS), oddString.filter((s) => s.length > 0 && s.length < 100).map(encodeURIComponent)))
        .map(([id, action]) => `/campaigns/${id}/kit/${action}`),
    numRuns: 50,
  },
  { name: 'GET /dashboard/national', method: 'GET', path: () => mutatedQuery({}).map((q) => `/dashboard/national${q}`), numRuns: 30 },
  {
    name: 'GET /reports/bpf',
    method: 'GET',
    path: () =>
      mutatedQuery({ year: fc.constantFrom('2013', '2026', 'deux'), format: fc.constantFrom('csv', 'pdf'), federation: fc.oneof(fc.constantFrom(...ids.federation), fc.constant('fas-paca-corse-dom'), oddString) }).map(
        (q) => `/reports/bpf${q}`,
      ),
    numRuns: 50,
  },
  {
    name: 'POST /federations/onboard',
    method: 'POST',
    path: () => fc.constant('/federations/onboard'),
    body: () =>
      jsonBody({
        name: fc.string({ maxLength: 30 }),
        territory: fc.string({ maxLength: 30 }),
        phase: fc.constantFrom('experimentation', 'pilot', 'regional-roll-out', 'national'),
        coordinatorName: fc.string({ maxLength: 30 }),
        coordinatorEmail: fc.emailAddress(),
        coordinatorLanguage: fc.constantFrom('fr', 'en', 'de'),
        template: fc.constantFrom(...ids.campaign, 'inconnu'),
        region: fc.constantFrom(...REGION_CODES),
        campaignStart: isoDay,
      }),
    numRuns: 60,
  },
  {
    name: 'POST /campaigns/:id/clone',
    method: 'POST',
    path: () => pathSegment(ids.campaign).map((id) => `/campaigns/${id}/clone`),
    body: () => jsonBody({ region: fc.constantFrom(...REGION_CODES), startDate: isoDay, endDate: isoDay, title: fc.string({ maxLength: 30 }) }),
    numRuns: 70,
  },
]

const idsOf = async (collection: CollectionSlug, limit = 5) =>
  (await payload.find({ collection, limit, depth: 0, overrideAccess: true, select: {} })).docs.map((d) => String(d.id))

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  await seedDemo(payload)
  for (const who of ROLES) {
    if (who === 'anonymous') continue
    const account = DEMO_ACCOUNTS.find((a) => a.role === who)
    if (account) accounts.set(who, { email: account.email, password: account.password })
  }
  Object.assign(ids, {
    file: await idsOf('funding-files'),
    session: await idsOf('sessions'),
    campaign: await idsOf('campaigns'),
    programme: await idsOf('programmes'),
    facilitator: await idsOf('facilitators'),
    federation: await idsOf('federations'),
    imports: ['00000000-0000-4000-8000-000000000000'],
  })
}, 300_000)

afterAll(async () => {
  printTallies(`Product endpoints (fast-check seed ${seed})`)
  await closeWebReportQueues()
  // A move's hand-over wakes the relays once its job is added, after the answer: let it land, then close.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  closeOutboxWakePublisher()
  await payload?.destroy()
})

describe('product endpoints under generated input', () => {
  for (const target of TARGETS) {
    it(`${target.name}: no 5xx, every 4xx in French and English`, async () => {
      const request = fc.record({ who: fc.constantFrom(...ROLES), path: target.path(), body: target.body ? target.body() : fc.constant(undefined) })
      await explore(request, runs(target.numRuns), async ({ who, path, body }) => {
        const response = await restRequest(payload, {
          method: target.method,
          path,
          login: accounts.get(who),
          body,
          contentType: body === undefined ? undefined : (target.contentType ?? 'application/json'),
        })
        judge(target.name, { who, path, body }, await answerOf(response))
      })
      expect(problems.filter((p) => p.startsWith(target.name)).slice(0, 5)).toEqual([])
    }, 600_000)
  }

  it('accepts well-formed input: a move the coordinator may make goes through the same schema and is made', async () => {
    const coordinator = accounts.get('coordinator')
    let made = 0
    for (const id of ids.file) {
      const moves = await restCall(payload, { path: `/funding-files/${id}/moves`, login: coordinator })
      const offered = ((moves.json.transitions ?? []) as { to: string }[]).map((m) => m.to)
      if (!offered.includes('cancelled')) continue
      const done = await restCall(payload, { method: 'POST', path: `/funding-files/${id}/transition`, login: coordinator, body: { to: 'cancelled', reason: 'Essai des entrées', data: {} } })
      expect([done.status, done.json.message]).toEqual([200, undefined])
      made += 1
      break
    }
    expect(made).toBe(1)
  })

  it('left every document the endpoints touched within its collection rules', async () => {
    for (const collection of ['funding-files', 'structures', 'campaigns'] as const) {
      const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, select: {} })
      for (const doc of docs) {
        for (const broken of await brokenRules(payload, collection, String(doc.id))) storedProblem(`${collection}/${String(doc.id)}`, null, broken)
      }
    }
    expect(problems.filter((p) => p.includes('→ stored:'))).toEqual([])
  }, 300_000)
})
