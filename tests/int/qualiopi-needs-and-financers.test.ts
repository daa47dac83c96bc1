/**
 * Qualiopi indicators 4 and 30 in the evidence archive. Indicator 4: on the demo's 2013 history, positioning
 * answers are recorded before the first half-day for some participants, after it for one, and not at all for the
 * others; the archive's per-participant table says which, as SQL on the SQLite file computes it. Indicator 30: the
 * financers' yearly appreciations of the period's year are in its folder, those of other years are not, and only
 * coordinators record them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'
import { Forbidden, type Payload } from 'payload'
import type { HistoryReport } from '../../src/seed/history'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

const FOLDER = '04-analyse-des-besoins'
let payload: Payload
let sql: Client
let history: HistoryReport
let zip: JSZip

const rows = async (query: string, args: (string | number)[] = []) => (await sql.execute({ sql: query, args })).rows as unknown as Record<string, unknown>[]

async function csv(path: string): Promise<Record<string, string>[]> {
  const file = zip.file(path)
  if (!file) throw new Error(`missing in the archive: ${path}`)
  return parse(await file.async('string'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]
}

beforeAll(async () => {
  const env = await useTestEnv()
  // Imported once the file's environment is set (src/lib/env is read once).
  const { seedHistory } = await import('../../src/seed/history')
  const { buildEvidenceArchive, parseEvidencePeriod } = await import('../../src/qualiopi/evidence')
  payload = await bootPayload()
  expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  history = await seedHistory(payload)
  sql = createClient({ url: `file:${env.databaseFile}` })
  const [first] = await rows('SELECT MIN(start) AS s FROM sessions_slots WHERE _parent_id = ?', [history.sessionId])
  const start = new Date(String(first.s)).getTime()
  const enrolments = await rows(`SELECT id, participant_id, structure_id FROM enrolments WHERE session_id = ? AND status <> 'withdrawn' ORDER BY id`, [history.sessionId])
  // Five answered a week before, one the afternoon of the first day (late), the others never.
  const answer = (i: number, at: number) =>
    payload.create({
      collection: 'survey-responses',
      overrideAccess: true,
      data: {
        kind: 'positioning',
        session: history.sessionId,
        enrolment: String(enrolments[i].id),
        participant: String(enrolments[i].participant_id),
        structure: String(enrolments[i].structure_id),
        submittedAt: new Date(at).toISOString(),
        answers: [{ key: 'level', scale: 2 }, { key: 'expectations', text: 'Mieux accompagner les démarches en ligne.' }],
        respondentKey: `${history.sessionId}:positioning:${i}`,
      },
    })
  for (let i = 0; i < 5; i++) await answer(i, start - 7 * 86_400_000)
  await answer(5, start + 5 * 3_600_000)
  const appreciation = (year: number, opco: 'uniformation' | 'opco-sante', contactName: string, rating: number, comment: string) =>
    payload.create({
      collection: 'financer-appreciations',
      overrideAccess: true,
      data: { year, opco, contactName, contactEmail: 'conseil@opco.example.org', channel: 'interview', collectedAt: `${year}-12-05T00:00:00.000Z`, rating, comment },
    })
  await appreciation(2013, 'uniformation', 'Conseillère formation PACA', 4, 'Dossiers complets, délais tenus ; prévoir le bilan plus tôt.')
  await appreciation(2012, 'uniformation', 'Hors période (2012)', 2, 'Avant la période.')
  await appreciation(2014, 'opco-sante', 'Hors période (2014)', 3, 'Après la période.')
  const period = parseEvidencePeriod({ from: '2013-10-01', to: '2013-12-31' })
  if (!period.ok) throw new Error(period.error)
  zip = await JSZip.loadAsync(await buildEvidenceArchive(payload, period.period))
}, 300_000)

afterAll(async () => {
  sql?.close()
  await payload?.destroy?.()
})

describe('Qualiopi indicator 4: needs analysed before the session', () => {
  it('has its folder with a bilingual README, listed in the index', async () => {
    const readme = await zip.file(`${FOLDER}/README.txt`)!.async('string')
    expect(readme.indexOf('Indicateur 4 ·')).toBe(0)
    expect(readme.indexOf('Indicator 4 ·')).toBeGreaterThan(readme.indexOf('Ce dossier prouve'))
    const index = parse(await zip.file('00-index.csv')!.async('string'), { bom: true, delimiter: ';' }) as string[][]
    expect(index.slice(1).map((r) => r[0]).slice(0, 3)).toEqual(['1', '2', '4'])
  })

  it('lists each participant with or without a needs analysis before the first half-day, as SQL says', async () => {
    const expected = await rows(
      `SELECT p.name AS name,
         CASE WHEN r.at IS NULL THEN 'missing' WHEN r.at < (SELECT MIN(start) FROM sessions_slots WHERE _parent_id = e.session_id) THEN 'before' ELSE 'late' END AS status
       FROM enrolments e JOIN participants p ON p.id = e.participant_id
       LEFT JOIN (SELECT enrolment_id, MIN(submitted_at) AS at FROM survey_responses WHERE kind = 'positioning' GROUP BY enrolment_id) r ON r.enrolment_id = e.id
       WHERE e.session_id = ? AND e.status <> 'withdrawn'`,
      [history.sessionId],
    )
    const table = await csv(`${FOLDER}/analyse-des-besoins-par-participant.csv`)
    const column = 'Besoins analysés avant la session / Needs analysed before the session'
    const seen = Object.fromEntries(table.map((r) => [r['Participant·e / Participant'], r[column]]))
    const label = { before: 'Oui, avant la session', late: 'Après le début de la session', missing: 'Non recueillie' } as Record<string, string>
    expect(table).toHaveLength(expected.length)
    for (const row of expected) expect([row.name, seen[String(row.name)]?.split(' / ')[0]]).toEqual([row.name, label[String(row.status)]])
    const counts = (status: string) => expected.filter((r) => r.status === status).length
    expect([counts('before'), counts('late'), counts('missing') > 0]).toEqual([5, 1, true])
  })

  it('keeps the positioning answers themselves', async () => {
    const answers = await csv(`${FOLDER}/reponses-positionnement.csv`)
    expect(answers).toHaveLength(6)
  })
})

describe('Qualiopi indicator 30: the financers’ yearly appreciation', () => {
  it('puts the appreciations of the period’s year in the folder, with rating and comment, and no other year', async () => {
    const table = await csv('30-appreciations/appreciations-financeurs.csv')
    const expected = await rows(`SELECT contact_name AS c, rating AS r, comment AS t FROM financer_appreciations WHERE year = 2013`)
    expect(table.map((r) => [r['Contact / Contact'], r['Appréciation (sur 5) / Rating (out of 5)'], r['Commentaire / Comment']])).toEqual(
      expected.map((e) => [e.c, String(e.r), e.t]),
    )
    expect(table[0]['OPCO / OPCO']).toBe('Uniformation – OPCO Cohésion sociale')
    expect(table[0]['Recueillie par / Collected by']).toBe('Entretien')
    const readme = await zip.file('30-appreciations/README.txt')!.async('string')
    expect(readme).toContain('financeurs (OPCO)')
    expect(readme).toContain('appreciations-financeurs.csv')
  })

  it('lets coordinators record them, not a structure admin', async () => {
    const user = async (role: 'coordinator' | 'structure-admin') =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        context: { skipWelcomeMail: true },
        data: { email: `${role}@financeurs.test`, password: 'motdepasse-financeurs', name: role, role, language: 'fr', structures: [history.structureIds[0]] },
      })
    const data = { year: 2013, opco: 'opco-sante' as const, contactName: 'Chargée de mission', channel: 'survey' as const, collectedAt: '2013-11-20T00:00:00.000Z', rating: 5 }
    const sa = await user('structure-admin')
    await expect(payload.create({ collection: 'financer-appreciations', overrideAccess: false, user: { ...sa, collection: 'users' }, data })).rejects.toBeInstanceOf(Forbidden)
    const coordinator = await user('coordinator')
    const made = await payload.create({ collection: 'financer-appreciations', overrideAccess: false, user: { ...coordinator, collection: 'users' }, data })
    expect(made.rating).toBe(5)
  })
})
