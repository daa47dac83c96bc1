/**
 * The programme's public page (Qualiopi ind. 1 and 2): its result indicators — completion and hot/cold
 * satisfaction, year by year, over every edition — equal what the database holds, and the page states them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { ProgrammeView } from '../../src/app/(site)/formations/_components/programme-view'
import type { Programme } from '../../src/payload-types'
import { programmeResults } from '../../src/qualiopi/programme-results'
import { seed } from '../../src/seed'
import { PROGRAMME } from '../../src/seed/content/programme'
import { parisTime } from '../../src/email'
import { bootPayload } from '../helpers/boot'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

let env: TestEnv
let payload: Payload
let sql: Client
let programme: Programme
const now = new Date()

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  await seed(payload)
  sql = createClient({ url: `file:${env.databaseFile}` })
  programme = (await payload.find({ collection: 'programmes', where: { slug: { equals: PROGRAMME.slug } }, limit: 1, overrideAccess: true })).docs[0]
  // An earlier edition of the same training, held in 2013 and 2015: four people, one of them partly absent.
  const earlier = await payload.create({ collection: 'programmes', overrideAccess: true, data: { ...PROGRAMME, slug: 'edition-2013', edition: '2013', _status: 'published' } as never })
  const structure = (await payload.find({ collection: 'structures', limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const held = async (year: number, people: { status: string; hot?: number[]; cold?: number[] }[]) => {
    const session = await payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        title: `Session ${year}`,
        programme: earlier.id,
        structures: [structure.id],
        slots: [{ start: parisTime(year, 3, 10, 9).toISOString(), end: parisTime(year, 3, 10, 12, 30).toISOString(), period: 'am' }],
        capacity: { min: 1, max: 15 },
        status: 'planned',
      } as never,
    })
    for (const [i, person] of people.entries()) {
      const participant = await payload.create({
        collection: 'participants',
        overrideAccess: true,
        data: { name: `Personne ${year}-${i}`, email: `p${year}-${i}@example.org`, structure: structure.id, jobRole: 'social-worker', consents: { data: true } } as never,
      })
      const enrolment = await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: session.id, participant: participant.id, status: person.status } as never })
      for (const kind of ['hot', 'cold'] as const) {
        const scales = person[kind]
        if (!scales) continue
        await payload.create({
          collection: 'survey-responses',
          overrideAccess: true,
          data: {
            kind,
            session: session.id,
            enrolment: enrolment.id,
            participant: participant.id,
            submittedAt: parisTime(year, 3, 20, 9).toISOString(),
            respondentKey: `${session.id}:${kind}:${i}`,
            answers: scales.map((scale, q) => ({ key: `q${q}`, scale })),
          } as never,
        })
      }
    }
  }
  await held(2013, [
    { status: 'attended', hot: [5, 5, 4], cold: [4, 4, 4] },
    { status: 'attended', hot: [4, 3, 5] },
    { status: 'partial', hot: [2, 3, 3] },
  ])
  await held(2015, [{ status: 'attended', hot: [5, 5, 5], cold: [5, 4, 5] }, { status: 'withdrawn' }])
}, 240_000)

afterAll(() => sql?.close())

describe('result indicators of the programme page', () => {
  it('counts trainees, completion and satisfaction per year as the database does, over every edition', async () => {
    const results = await programmeResults(payload, programme, now)
    expect(results.years.map((y) => y.year)).toEqual([2013, 2015])
    for (const y of results.years) {
      const period = [`${y.year}-01-01T00:00:00.000Z`, `${y.year + 1}-01-01T00:00:00.000Z`]
      const sessionsOfYear = `SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id
         WHERE p.title = ? AND (SELECT min(start) FROM sessions_slots WHERE _parent_id = s.id) >= ? AND (SELECT min(start) FROM sessions_slots WHERE _parent_id = s.id) < ?`
      const args = [programme.title, ...period]
      const [e] = (await sql.execute({ sql: `SELECT sum(status != 'withdrawn') AS trainees, sum(status = 'attended') AS done FROM enrolments WHERE session_id IN (${sessionsOfYear})`, args })).rows
      expect(y.trainees).toBe(Number(e.trainees))
      expect(y.completionRate).toBeCloseTo(Number(e.done) / Number(e.trainees), 6)
      for (const kind of ['hot', 'cold'] as const) {
        const [s] = (
          await sql.execute({
            sql: `SELECT count(DISTINCT r.id) AS n, avg(a.scale) AS mean, sum(a.scale >= 4) AS ok, count(a.scale) AS answers
                    FROM survey_responses r JOIN survey_responses_answers a ON a._parent_id = r.id WHERE r.kind = ? AND r.session_id IN (${sessionsOfYear})`,
            args: [kind, ...args],
          })
        ).rows
        expect(y[kind].respondents).toBe(Number(s.n))
        expect(y[kind].mean).toBeCloseTo(Number(s.mean), 6)
        expect(y[kind].satisfiedRate).toBeCloseTo(Number(s.ok) / Number(s.answers), 6)
      }
    }
    // 2013: 3 trainees, 2 attended in full; hot mean of nine answers = 34 / 9.
    expect(results.years[0]).toMatchObject({ sessions: 1, trainees: 3, hot: { respondents: 3 } })
    expect(results.years[0].completionRate).toBeCloseTo(2 / 3, 6)
    expect(results.years[0].hot.mean).toBeCloseTo(34 / 9, 6)
    expect(results.overall).toMatchObject({ sessions: 2, trainees: 4 })
  })

  it('leaves out sessions not held yet, and says so when none is', async () => {
    const future = await programmeResults(payload, { title: 'Une formation sans session passée' }, now)
    expect(future).toEqual({ years: [], overall: undefined, scope: 'national' })
    const html = renderToStaticMarkup(createElement(ProgrammeView, { programme, results: future, lang: 'fr', otherHref: '/formations/x?lang=en' }))
    expect(html).toContain('Aucune session réalisée à ce jour')
  })

  it('publishes the indicators with their period and the ind. 1 facts on the page, in French and English', async () => {
    const results = await programmeResults(payload, programme, now)
    // French numbers are spaced with narrow no-break spaces: compared as plain spaces.
    const plain = (html: string) => html.replace(/[\u202f\u00a0]/g, ' ')
    const fr = plain(renderToStaticMarkup(createElement(ProgrammeView, { programme, results, lang: 'fr', otherHref: '/formations/x?lang=en' })))
    expect(fr).toContain('Indicateurs de résultats')
    expect(fr).toContain('<td>2013</td><td>1</td><td>3</td><td>67 %</td>')
    expect(fr).toContain('3,8/5')
    expect(fr).toMatch(/Période : du 10 mars 2013 au/)
    expect(fr).toContain('Dernière mise à jour le')
    for (const fact of [PROGRAMME.prerequisites, PROGRAMME.methods, '21 heures, 3 jours', '1 500 € par jour']) expect(fr).toContain(fact)
    const en = renderToStaticMarkup(createElement(ProgrammeView, { programme, results, lang: 'en', otherHref: '/formations/x' }))
    expect(en).toContain('Result indicators')
    expect(en).toContain('All years')
  })
})
