/**
 * The BPF (bilan pédagogique et financier) of 2013 on the demo's history (the finished October 2013 session, its
 * two paid OPCO files) plus a session straddling 2013 and 2014 with a trainee and a no-show, and billed files of
 * every funder type (self-funded, OPCO with a remainder, no OPCO, not yet invoiced, 2014). Every figure is checked
 * against a count the test computes in SQL on the SQLite file; the CSV is read back with csv-parse, the PDF with
 * pdftotext; the endpoint is for coordinators and refuses bad years in French and English.
 */
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import type { User } from '../../src/payload-types'
import type { BpfFigures } from '../../src/reports/bpf'
import type { HistoryReport } from '../../src/seed/history'
import { bootPayload } from '../helpers/boot'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

const PASSWORD = 'motdepasse-bpf'
type Who = 'coordinator' | 'structureAdmin'

// Imported once the file's environment is set (src/lib/env is read once, and some modules read it at import).
let bpf: typeof import('../../src/reports/bpf')
let payload: Payload
let sql: Client
let history: HistoryReport
let figures: BpfFigures
const users = {} as Record<Who, User>
const extra = { noShow: 'Absente Partout', straddling: '' }

const rows = async (query: string, args: (string | number)[] = []) => (await sql.execute({ sql: query, args })).rows as unknown as Record<string, unknown>[]
const rest = (path: string, who?: Who) => restRequest(payload, { path, login: who ? { email: users[who].email, password: PASSWORD } : undefined })

/** A session across New Year (a 2013 and a 2014 half-day): a trainee who signs both, a no-show, a history trainee again. */
async function straddlingSession(): Promise<void> {
  const session = await payload.findByID({ collection: 'sessions', id: history.sessionId, depth: 0, overrideAccess: true })
  const structure = history.structureIds[0]
  const slots = [
    { start: '2013-12-30T08:00:00.000Z', end: '2013-12-30T11:30:00.000Z', period: 'am' as const },
    { start: '2014-01-02T08:00:00.000Z', end: '2014-01-02T11:30:00.000Z', period: 'am' as const },
  ]
  const s = await payload.create({
    collection: 'sessions',
    overrideAccess: true,
    data: { title: 'Culture & usages numériques · fin 2013', programme: String(session.programme), structures: history.structureIds, slots, status: 'delivered' },
  })
  extra.straddling = String(s.id)
  const person = (name: string, email: string) =>
    payload.create({ collection: 'participants', overrideAccess: true, data: { name, email, structure, jobRole: 'social-worker', language: 'fr' } })
  const enrol = async (participant: string, status: 'attended' | 'no-show' | 'withdrawn', marks: ('signed' | 'absent')[]) => {
    const e = await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: s.id, participant, status } })
    for (const [slotIndex, mark] of marks.entries()) {
      await payload.create({
        collection: 'attendance',
        overrideAccess: true,
        data: { enrolment: e.id, slotIndex, status: mark, ...(mark === 'signed' ? { signedAt: slots[slotIndex].start } : {}) },
      })
    }
  }
  await enrol(String((await person('Présente Deux Fois', 'presente@bpf.example.org')).id), 'attended', ['signed', 'signed'])
  await enrol(String((await person(extra.noShow, 'absente@bpf.example.org')).id), 'no-show', ['absent', 'absent'])
  await enrol(history.participantIds[0], 'attended', ['signed', 'absent'])
}

/** Billed files of every funder type, written in their final state as the history seed does. */
async function billedFiles(): Promise<void> {
  const structure = history.structureIds[1]
  const file = (reference: string, data: Record<string, unknown>) =>
    payload.db.create({ collection: 'funding-files', data: { reference, structure, session: extra.straddling, status: 'closed', timerSeq: {}, sessionStart: '2013-12-30T08:00:00.000Z', ...data } })
  await file('BPF-SELF', { selfFunded: true, requestedAmount: 1500, billingStatus: 'invoiced' })
  await file('BPF-OPCO-REMAINDER', { opco: 'opco-sante', agreedAmount: 1000, remainder: 300, billingStatus: 'paid' })
  await file('BPF-OTHER', { agreedAmount: 800, billingStatus: 'paid' })
  await file('BPF-NOT-YET', { opco: 'uniformation', agreedAmount: 5000, billingStatus: 'to_invoice' })
  await file('BPF-2014', { opco: 'uniformation', agreedAmount: 7000, billingStatus: 'paid', sessionStart: '2014-03-10T08:00:00.000Z' })
  // No session start recorded on the file: its session's first half-day (30 December 2013) places it.
  await file('BPF-NO-START', { opco: 'uniformation', agreedAmount: 600, billingStatus: 'paid', sessionStart: null })
}

beforeAll(async () => {
  const env = await useTestEnv()
  bpf = await import('../../src/reports/bpf')
  const { seedHistory } = await import('../../src/seed/history')
  payload = await bootPayload()
  // The test reads the SQLite file itself: make sure Payload writes the same one.
  expect(process.env.DATABASE_URI).toBe(`file:${env.databaseFile}`)
  expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  history = await seedHistory(payload)
  sql = createClient({ url: `file:${env.databaseFile}` })
  for (const [who, role, structures] of [
    ['coordinator', 'coordinator', []],
    ['structureAdmin', 'structure-admin', [history.structureIds[0]]],
  ] as const) {
    users[who] = await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email: `${who.toLowerCase()}@bpf.test`, password: PASSWORD, name: who, role, language: 'fr', structures: [...structures] },
    })
  }
  await straddlingSession()
  await billedFiles()
  figures = await bpf.computeBpf(payload, 2013)
}, 300_000)

afterAll(async () => {
  sql?.close()
  await payload?.destroy?.()
})

/** Trainees and hours-trainees of a year, in SQL: signed half-days (slot index = rank by start) of the year. */
async function sqlTrainees(year: string): Promise<{ trainees: number; hours: number }> {
  const [row] = await rows(
    `WITH slots AS (SELECT _parent_id AS sid, start, "end", ROW_NUMBER() OVER (PARTITION BY _parent_id ORDER BY start) - 1 AS idx FROM sessions_slots)
     SELECT COUNT(DISTINCT e.participant_id) AS n, SUM(ROUND((julianday(s."end") - julianday(s.start)) * 96) / 4.0) AS h
     FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id JOIN slots s ON s.sid = e.session_id AND s.idx = a.slot_index
     WHERE a.status = 'signed' AND e.status <> 'withdrawn' AND strftime('%Y', s.start) = ?`,
    [year],
  )
  return { trainees: Number(row.n), hours: Number(row.h) }
}

/** Products of a year by funder type, in SQL, from the files invoiced or paid whose session (file's start, else first half-day) starts in it. */
async function sqlProducts(year: string): Promise<Record<'opco' | 'employer' | 'other', number>> {
  const [row] = await rows(
    `SELECT
       SUM(CASE WHEN self_funded = 1 THEN 0 WHEN opco IS NOT NULL THEN COALESCE(agreed_amount, 0) ELSE 0 END) AS opco,
       SUM(CASE WHEN self_funded = 1 THEN COALESCE(agreed_amount, requested_amount, 0) ELSE COALESCE(remainder, 0) END) AS employer,
       SUM(CASE WHEN self_funded = 1 OR opco IS NOT NULL THEN 0 ELSE COALESCE(agreed_amount, requested_amount, 0) END) AS other
     FROM funding_files f WHERE billing_status IN ('invoiced', 'paid')
       AND strftime('%Y', COALESCE(session_start, (SELECT MIN(start) FROM sessions_slots WHERE _parent_id = f.session_id))) = ?`,
    [year],
  )
  return { opco: Number(row.opco), employer: Number(row.employer), other: Number(row.other) }
}

const line = (f: BpfFigures, name: string) => [...f.trainees, ...f.objectives].find((l) => l.line === name)!
const product = (f: BpfFigures, funder: string) => f.products.find((p) => p.funder === funder)!

describe('the BPF figures of a year', () => {
  it('counts trainees and hours-trainees as the signed half-days of the year (SQL), all on line F-1 a', async () => {
    const expected = await sqlTrainees('2013')
    expect(expected.trainees).toBeGreaterThan(10)
    expect(figures.totals).toMatchObject(expected)
    expect(line(figures, 'F-1 a')).toMatchObject(expected)
    expect(line(figures, 'F-1 total')).toMatchObject(expected)
    expect(line(figures, 'F-3 d')).toMatchObject(expected)
    for (const l of ['F-1 b', 'F-1 c', 'F-1 d', 'F-1 e']) expect(line(figures, l)).toMatchObject({ trainees: 0, hours: 0 })
  })

  it('leaves a no-show out, and counts a session across New Year in the year of each half-day', async () => {
    const [noShow] = await rows(`SELECT id FROM participants WHERE name = ?`, [extra.noShow])
    const [signed] = await rows(`SELECT COUNT(*) AS n FROM attendance WHERE participant_id = ? AND status = 'signed'`, [String(noShow.id)])
    expect(Number(signed.n)).toBe(0)
    const straddling = figures.sessions.find((s) => s.id === extra.straddling)!
    // 2013: the 30 December half-day only (3.5 h planned); two trainees signed it, the no-show did not.
    expect(straddling).toMatchObject({ halfDays: 1, plannedHours: 3.5, trainees: 2, hours: 7 })
    const next = await bpf.computeBpf(payload, 2014)
    const in2014 = next.sessions.find((s) => s.id === extra.straddling)!
    expect(in2014).toMatchObject({ halfDays: 1, trainees: 1, hours: 3.5 })
    expect(next.totals).toMatchObject(await sqlTrainees('2014'))
  })

  it('sums the products by funder type as SQL does: billed files of the year only', async () => {
    const expected = await sqlProducts('2013')
    // History: two OPCO files of 2 220 €; here 1 000 € OPCO + 300 € remainder, 600 € OPCO with no start on the
    // file, 1 500 € self-funded, 800 € other.
    expect(expected).toEqual({ opco: 2 * 2220 + 1000 + 600, employer: 1500 + 300, other: 800 })
    expect({ opco: product(figures, 'opco').amount, employer: product(figures, 'employer').amount, other: product(figures, 'other').amount }).toEqual(expected)
    expect(figures.productsTotal).toBe(expected.opco + expected.employer + expected.other)
    expect((await bpf.computeBpf(payload, 2014)).productsTotal).toBe(7000)
  })

  it('counts the sessions (actions) with half-days in the year and their planned hours', async () => {
    const [row] = await rows(`SELECT COUNT(DISTINCT _parent_id) AS n, SUM(ROUND((julianday("end") - julianday(start)) * 96) / 4.0) AS h FROM sessions_slots WHERE strftime('%Y', start) = '2013'`)
    expect(figures.totals.sessions).toBe(Number(row.n))
    expect(figures.totals.plannedHours).toBe(Number(row.h))
  })
})

describe('the BPF files', () => {
  it('writes a CSV that parses (BOM, semicolons) and whose lines add up to its totals', () => {
    const text = bpf.bpfCsv(figures)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const records = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]
    const num = (v: string) => Number((v || '0').replace(',', '.'))
    const of = (ligne: string) => records.find((r) => r.Ligne === ligne)!
    expect(of('SIRET').Libellé).toBe(figures.organisation.siret)
    expect(of("Numéro de déclaration d'activité").Libellé).toBe(figures.organisation.nda)
    const f1 = records.filter((r) => r.Cadre === 'F-1' && r.Ligne !== 'F-1 total')
    expect(f1.map((r) => r.Ligne)).toEqual(['F-1 a', 'F-1 b', 'F-1 c', 'F-1 d', 'F-1 e'])
    expect(f1.reduce((s, r) => s + num(r.Nombre), 0)).toBe(num(of('F-1 total').Nombre))
    expect(f1.reduce((s, r) => s + num(r.Heures), 0)).toBe(num(of('F-1 total').Heures))
    expect(num(of('F-1 total').Heures)).toBe(figures.totals.hours)
    const c = records.filter((r) => r.Cadre === 'C' && r.Ligne !== 'C total')
    expect(c.reduce((s, r) => s + num(r['Montant (€ HT)']), 0)).toBe(num(of('C total')['Montant (€ HT)']))
    expect(num(of('C total')['Montant (€ HT)'])).toBe(figures.productsTotal)
    const sessions = records.filter((r) => r.Cadre === 'Session')
    expect(sessions).toHaveLength(figures.totals.sessions)
    expect(sessions.reduce((s, r) => s + num(r.Heures), 0)).toBe(figures.totals.hours)
  })

  it('writes a PDF whose text (pdftotext) names the organisation and gives the totals', async () => {
    const pdf = await bpf.bpfPdf(figures)
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ')
    expect(text).toContain('Bilan pédagogique et financier 2013')
    expect(text).toContain(figures.organisation.name)
    expect(text).toContain(figures.organisation.nda)
    expect(text).toContain('Salariés d\'employeurs privés hors apprentis')
    expect(text).toContain(`${figures.totals.trainees}`)
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8')
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s+\d/)
  })
})

describe('GET /api/reports/bpf', () => {
  it('gives coordinators the CSV and the PDF', async () => {
    const csv = await rest('/reports/bpf?year=2013&format=csv', 'coordinator')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    // The coordinator's federation's BPF (their only one): its slug in the file name.
    expect(csv.headers.get('content-disposition')).toMatch(/bpf-2013-[a-z0-9-]+\.csv/)
    expect(await csv.text()).toContain('F-1 a')
    const pdf = await rest('/reports/bpf?year=2013&format=pdf', 'coordinator')
    expect(pdf.status).toBe(200)
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('refuses a structure admin (403) and an anonymous caller (401)', async () => {
    expect((await rest('/reports/bpf?year=2013', 'structureAdmin')).status).toBe(403)
    expect((await rest('/reports/bpf?year=2013')).status).toBe(401)
  })

  it('refuses a year that is not a number, or in the future, in French and English (400)', async () => {
    const future = new Date().getUTCFullYear() + 2
    for (const [query, fr, en] of [
      ['year=deux-mille', 'Année invalide', 'Invalid year'],
      [`year=${future}`, 'n’a pas commencé', 'has not started'],
      ['', 'Année manquante', 'Missing year'],
      ['year=2013&format=xls', 'Format inconnu', 'Unknown format'],
    ]) {
      const res = await rest(`/reports/bpf?${query}`, 'coordinator')
      expect(res.status).toBe(400)
      const { message } = (await res.json()) as { message: string }
      expect(message).toContain(fr)
      expect(message).toContain(en)
    }
    expect(bpf.parseBpfYear('2013', new Date('2013-06-01'))).toEqual({ ok: true, year: 2013 })
    expect(bpf.parseBpfYear('2014', new Date('2013-06-01')).ok).toBe(false)
  })
})

describe('GET /api/reports/bpf, one federation’s', () => {
  const NATIONAL = 'national-bpf@example.org'
  let slugA: string
  beforeAll(async () => {
    const [a] = (await payload.find({ collection: 'federations', limit: 1, depth: 0, overrideAccess: true })).docs
    slugA = String(a.slug)
    await payload.create({ collection: 'federations', overrideAccess: true, data: { name: 'FAS Grand Est', territory: 'Grand Est', phase: 'experimentation' } as never })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email: NATIONAL, password: PASSWORD, name: 'Coordination nationale', role: 'national', language: 'fr' } as never,
    })
  })
  const asNational = (query: string) => restRequest(payload, { path: `/reports/bpf?${query}`, login: { email: NATIONAL, password: PASSWORD } })
  const total = async (res: Response) => (await res.text()).split('\n').find((l) => /^Total|TOTAL/i.test(l)) ?? ''

  it('gives the national coordination any federation’s, or the platform’s without one', async () => {
    const platform = await asNational('year=2013&format=csv')
    expect(platform.status).toBe(200)
    expect(platform.headers.get('content-disposition')).toContain('bpf-2013.csv')
    const ofA = await asNational(`year=2013&format=csv&federation=${slugA}`)
    expect(ofA.headers.get('content-disposition')).toContain(`bpf-2013-${slugA}.csv`)
    expect(ofA.status).toBe(200)
    // The new federation trained nobody in 2013: its BPF is empty, none of the first one's figures in it.
    const grandEst = await asNational('year=2013&format=csv&federation=fas-grand-est')
    expect(grandEst.status).toBe(200)
    expect(await total(grandEst)).toMatch(/Total des produits;0;/)
    expect(await total(await asNational('year=2013&format=csv'))).not.toMatch(/Total des produits;0;/)
    const id = String((await payload.find({ collection: 'federations', where: { slug: { equals: 'fas-grand-est' } }, overrideAccess: true })).docs[0].id)
    expect((await bpf.computeBpf(payload, 2013, new Date(), id)).totals).toMatchObject({ sessions: 0, trainees: 0 })
  })

  it('keeps a coordinator to their federations, and names an unknown one', async () => {
    const other = await rest('/reports/bpf?year=2013&federation=fas-grand-est', 'coordinator')
    expect(other.status).toBe(403)
    const refused = (await other.json()) as { message: string }
    expect(refused.message).toContain('n’est pas la vôtre')
    expect(refused.message).toContain('not yours')
    const own = await rest(`/reports/bpf?year=2013&federation=${slugA}`, 'coordinator')
    expect(own.status).toBe(200)
    const unknown = await asNational('year=2013&federation=nulle-part')
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { message: string }).message).toMatch(/Fédération inconnue.*unknown federation/)
  })
})
