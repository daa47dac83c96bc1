/**
 * The campaign dashboard: every figure equals a count made independently in SQL on the same SQLite file, every
 * figure's link opens a list with exactly that many rows, the filters narrow both, and only staff may read it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { parseDashboardFilters } from '../../src/reports/dashboard/filters'
import { loadDashboard } from '../../src/reports/dashboard/load'
import { whereOfLink, type ListCollection } from '../../src/reports/dashboard/links'
import type { Dashboard, LinkedCount } from '../../src/reports/dashboard/types'
import { seed } from '../../src/seed'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

let env: TestEnv
let payload: Payload
let sql: Client
const now = new Date()
const DAY = 86_400_000

const account = (email: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.email === email)
  if (!found) throw new Error(`no demo account ${email}`)
  return { email: found.email, password: found.password }
}

/** Rows of an SQL query, as plain objects. */
const rows = async (query: string, args: (string | number)[] = []) => (await sql.execute({ sql: query, args })).rows as unknown as Record<string, unknown>[]
const countMap = (list: Record<string, unknown>[]) => Object.fromEntries(list.map((r) => [String(r.k), Number(r.n)]))
const asMap = (items: readonly LinkedCount[]) => Object.fromEntries(items.map((i) => [i.key, i.count]))

/** The admin list behind a figure holds exactly as many rows as the figure says. */
async function expectLinkCounts(collection: ListCollection, item: { count: number; link: string }) {
  expect(item.link).toContain(`/admin/collections/${collection}?`)
  const listed = await payload.find({ collection, where: whereOfLink(item.link), limit: 0, depth: 0, overrideAccess: true })
  expect({ link: item.link, count: listed.totalDocs }).toEqual({ link: item.link, count: item.count })
}

async function dashboard(query: Record<string, string>): Promise<Dashboard> {
  const parsed = parseDashboardFilters(query)
  if (!parsed.ok) throw new Error(parsed.error.en)
  const result = await loadDashboard(payload, parsed.filters, { now })
  if (!result.ok) throw new Error(result.error.en)
  return result.dashboard
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  await seed(payload)
  sql = createClient({ url: `file:${env.databaseFile}` })
  // Answers to the demo session's questionnaires, and one session over with its sheets not all signed.
  const demo = (await rows(`SELECT id FROM sessions WHERE title LIKE '%Glycines'`))[0].id as string
  const enrolments = await rows('SELECT id, participant_id FROM enrolments WHERE session_id = ? ORDER BY id', [demo])
  const answer = (kind: string, i: number, scales: number[]) =>
    payload.create({
      collection: 'survey-responses',
      overrideAccess: true,
      data: {
        kind,
        session: demo,
        enrolment: String(enrolments[i].id),
        participant: String(enrolments[i].participant_id),
        submittedAt: now.toISOString(),
        respondentKey: `${demo}:${kind}:${i}`,
        answers: scales.map((scale, q) => ({ key: `q${q}`, scale })),
      } as never,
    })
  await answer('hot', 0, [5, 4, 5])
  await answer('hot', 1, [3, 4, 2])
  await answer('hot', 2, [5, 5, 4])
  await answer('cold', 0, [4, 4, 3])
  await answer('positioning', 3, [1, 1, 1])
  const refused = (await rows(`SELECT id FROM funding_files WHERE status = 'refused'`))[0].id as string
  await payload.db.updateOne({ collection: 'funding-files', id: refused, data: { status: 'delivered', evidence: { sheetsSigned: true, sheetsCountersigned: false } } })
}, 240_000)

afterAll(async () => {
  sql?.close()
})

describe('campaign dashboard figures', () => {
  it('counts files by state and by OPCO as the database does, each with the list behind it', async () => {
    const d = await dashboard({})
    expect(asMap(d.filesByState)).toEqual(countMap(await rows('SELECT status AS k, count(*) AS n FROM funding_files GROUP BY status')))
    expect(asMap(d.filesByOpco)).toEqual(countMap(await rows(`SELECT coalesce(opco, 'none') AS k, count(*) AS n FROM funding_files GROUP BY k`)))
    expect(d.scope.files.count).toBe(Number((await rows('SELECT count(*) AS n FROM funding_files'))[0].n))
    expect(d.filesByState.length).toBeGreaterThanOrEqual(5)
    for (const item of [...d.filesByState, ...d.filesByOpco, d.scope.files]) await expectLinkCounts('funding-files', item)
  })

  it('counts sessions per month of their first half-day, participants by job role and the satisfaction', async () => {
    const d = await dashboard({})
    const firsts = await rows('SELECT _parent_id AS id, min(start) AS first FROM sessions_slots GROUP BY _parent_id')
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
    const byMonth: Record<string, number> = {}
    for (const r of firsts) byMonth[month.format(new Date(String(r.first)))] = (byMonth[month.format(new Date(String(r.first)))] ?? 0) + 1
    expect(asMap(d.sessionsByMonth)).toEqual(byMonth)
    expect(d.scope.sessions.count).toBe(firsts.length)
    for (const item of [...d.sessionsByMonth, d.scope.sessions]) await expectLinkCounts('sessions', item)

    const roles = await rows(
      `SELECT p.job_role AS k, count(*) AS n FROM enrolments e JOIN participants p ON p.id = e.participant_id WHERE e.status != 'withdrawn' GROUP BY p.job_role`,
    )
    expect(asMap(d.participantsByRole)).toEqual(countMap(roles))
    for (const item of d.participantsByRole) await expectLinkCounts('enrolments', item)

    for (const kind of ['hot', 'cold'] as const) {
      const [stats] = await rows(
        `SELECT avg(a.scale) AS mean, sum(a.scale >= 4) AS satisfied, count(a.scale) AS answers, count(DISTINCT r.id) AS respondents
           FROM survey_responses r JOIN survey_responses_answers a ON a._parent_id = r.id WHERE r.kind = ?`,
        [kind],
      )
      const figure = d.satisfaction[kind]
      expect(figure.respondents).toBe(Number(stats.respondents))
      expect(figure.mean).toBeCloseTo(Number(stats.mean), 6)
      expect(figure.satisfiedRate).toBeCloseTo(Number(stats.satisfied) / Number(stats.answers), 6)
      expect(figure.distribution.reduce((s, v) => s + v, 0)).toBe(Number(stats.answers))
      await expectLinkCounts('survey-responses', { count: figure.respondents, link: figure.link })
    }
    expect(d.satisfaction.hot.respondents).toBe(3)
  })

  it('measures each campaign’s structures reached against its target', async () => {
    const d = await dashboard({})
    const campaigns = await rows('SELECT id, title, targets_structures AS target FROM campaigns')
    expect(d.targets.map((t) => t.campaignId).sort()).toEqual(campaigns.map((c) => String(c.id)).sort())
    for (const t of d.targets) {
      const count = async (statuses: string[]) =>
        Number(
          (
            await rows(
              `SELECT count(*) AS n FROM campaigns_rels r JOIN structures s ON s.id = r.structures_id
                WHERE r.parent_id = ? AND r.path = 'structures' AND coalesce(s.contact_status, 'to-approach') IN (${statuses.map(() => '?').join(',')})`,
              [t.campaignId, ...statuses],
            )
          )[0].n,
        )
      expect(t.reached.count).toBe(await count(['presented', 'engaged', 'trained']))
      expect(t.trained.count).toBe(await count(['trained']))
      expect(t.structures.count).toBe(await count(['to-approach', 'presented', 'engaged', 'trained']))
      expect(t.target).toBe(campaigns.find((c) => String(c.id) === t.campaignId)?.target ?? null)
      for (const item of [t.reached, t.trained, t.structures]) await expectLinkCounts('structures', item)
    }
  })

  it('finds the files at risk: deadline near, OPCO silent, sheets unsigned', async () => {
    const d = await dashboard({})
    const risk = (key: string) => d.atRisk.find((r) => r.key === key)!
    const near = new Date(now.getTime() + 14 * DAY).toISOString()
    const silent = new Date(now.getTime() - 21 * DAY).toISOString()
    const sqlCount = async (where: string, args: string[] = []) => Number((await rows(`SELECT count(*) AS n FROM funding_files WHERE ${where}`, args))[0].n)
    expect(risk('deadlineNear').count).toBe(await sqlCount(`status IN ('draft','ready') AND deadline <= ?`, [near]))
    expect(risk('opcoSilent').count).toBe(await sqlCount(`status = 'submitted' AND submitted_at <= ?`, [silent]))
    expect(risk('unsignedSheets').count).toBe(
      await sqlCount(`status = 'delivered' AND NOT (coalesce(evidence_sheets_signed, 0) = 1 AND coalesce(evidence_sheets_countersigned, 0) = 1)`),
    )
    // The demo portfolio holds one of each.
    expect(d.atRisk.map((r) => r.count)).toEqual([1, 1, 1])
    expect(risk('opcoSilent').files[0].structure).toBe('CHRS La Rade')
    for (const r of d.atRisk) await expectLinkCounts('funding-files', r)
  })
})

describe('campaign dashboard filters', () => {
  it('narrows every figure to a campaign’s structures', async () => {
    const [pilot] = await rows(`SELECT id FROM campaigns WHERE phase = 'pilot'`)
    const d = await dashboard({ campaign: String(pilot.id) })
    const files = await rows(
      `SELECT f.status AS k, count(*) AS n FROM funding_files f
        WHERE f.structure_id IN (SELECT structures_id FROM campaigns_rels WHERE parent_id = ? AND path = 'structures') GROUP BY f.status`,
      [String(pilot.id)],
    )
    expect(asMap(d.filesByState)).toEqual(countMap(files))
    expect(d.targets.map((t) => t.campaignId)).toEqual([String(pilot.id)])
    for (const item of d.filesByState) await expectLinkCounts('funding-files', item)
  })

  it('narrows files to sessions starting in the period, and a region with no structure to nothing', async () => {
    const from = new Date(now.getTime() + 40 * DAY).toISOString().slice(0, 10)
    const to = new Date(now.getTime() + 120 * DAY).toISOString().slice(0, 10)
    const d = await dashboard({ from, to })
    const expected = await rows(`SELECT status AS k, count(*) AS n FROM funding_files WHERE session_start >= ? AND session_start <= ? GROUP BY status`, [
      `${from}T00:00:00.000Z`,
      `${to}T23:59:59.999Z`,
    ])
    expect(asMap(d.filesByState)).toEqual(countMap(expected))
    expect(d.scope.files.count).toBeLessThan((await dashboard({})).scope.files.count)
    for (const item of d.filesByState) await expectLinkCounts('funding-files', item)

    const elsewhere = await dashboard({ region: 'bretagne' })
    expect(elsewhere.scope).toMatchObject({ structures: 0, files: { count: 0 }, sessions: { count: 0 } })
    expect(elsewhere.filesByState).toEqual([])
  })

  it('refuses wrong filters with a message in French and English', () => {
    for (const [query, fr] of [
      [{ region: 'atlantide' }, 'Région inconnue'],
      [{ from: '2026-02-30' }, 'invalide'],
      [{ from: '2027-01-01', to: '2026-01-01' }, 'commence après'],
    ] as const) {
      const parsed = parseDashboardFilters(query)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) {
        expect(parsed.error.fr).toContain(fr)
        expect(parsed.error.en.length).toBeGreaterThan(10)
      }
    }
  })
})

describe('GET /api/reports/dashboard', () => {
  it('serves coordinators, refuses structure admins and anonymous callers, and explains bad filters', async () => {
    const ok = await restCall(payload, { path: '/reports/dashboard', login: account('coordination@essaim.local') })
    expect(ok.status).toBe(200)
    expect((ok.json as unknown as Dashboard).scope.files.count).toBe(Number((await rows('SELECT count(*) AS n FROM funding_files'))[0].n))
    expect((await restCall(payload, { path: '/reports/dashboard', login: account('structure@essaim.local') })).status).toBe(403)
    expect((await restCall(payload, { path: '/reports/dashboard' })).status).toBe(401)
    const bad = await restCall(payload, { path: '/reports/dashboard?from=hier', login: account('coordination@essaim.local') })
    expect(bad.status).toBe(400)
    expect(String(bad.json.message)).toMatch(/invalide.*\/.*Invalid/)
    const unknown = await restCall(payload, { path: '/reports/dashboard?campaign=00000000-0000-4000-8000-000000000000', login: account('coordination@essaim.local') })
    expect(unknown.status).toBe(404)
  })
})
