/**
 * The Qualiopi evidence archive of a realistic period: the demo's finished 2013 session (signed half-days,
 * answers, documents, report, the complaint and improvement actions of the history seed) plus mails logged
 * through the delivery log, and a 2014 session with its own complaint and action that must stay out of the 2013
 * archive. Every count in the archive is checked against a count read from the database here; the endpoint is
 * for staff only and refuses bad periods; the quality registers validate their records.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import JSZip from 'jszip'
import { ValidationError, type Payload, type Where } from 'payload'
import { recordDelivery } from '../../collections/notifications/delivery-log'
import { relationId } from '../../collections/shared/relation-ids'
import { KIND_LABELS } from '../../src/email/labels'
import type { User } from '../../src/payload-types'
import { parseCsv } from '../../src/import/csv'
import { decodeUtf8 } from '../../src/import/decode'
import { buildEvidenceArchive, parseEvidencePeriod, type EvidencePeriod } from '../../src/qualiopi/evidence'
import { seedHistory, type HistoryReport } from '../../src/seed/history'
import { bootPayload } from '../helpers/boot'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { pdfText } from '../unit/documents/pdf-text'

const FOLDERS = [
  '01-information-publique',
  '02-indicateurs-de-resultats',
  '04-analyse-des-besoins',
  '09-information-des-beneficiaires',
  '11-evaluation-des-acquis',
  '12-engagement-et-abandons',
  '30-appreciations',
  '31-reclamations',
  '32-amelioration-continue',
]
const PASSWORD = 'motdepasse-preuves'
type Who = 'coordinator' | 'structureAdmin' | 'facilitator'

let payload: Payload
let history: HistoryReport
let zip: JSZip
const users = {} as Record<Who, User & { collection: 'users' }>
const later = { sessionId: '', complaintId: '', participant: 'Hors Période (2014)' }

const period = (from: string, to: string, programme?: string): EvidencePeriod => {
  const parsed = parseEvidencePeriod({ from, to, programme })
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.period
}
const Q4_2013 = period('2013-10-01', '2013-12-31')

/** A CSV of the archive as records (header first), read back with the importer's reader. */
async function csv(archive: JSZip, path: string): Promise<string[][]> {
  const file = archive.file(path)
  if (!file) throw new Error(`missing in the archive: ${path}`)
  const bytes = await file.async('uint8array')
  expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) throw new Error(decoded.error)
  const parsed = parseCsv(decoded.text, ';')
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.rows.map((r) => r.cells)
}
const rowsOf = async (archive: JSZip, path: string) => (await csv(archive, path)).slice(1)
const text = (archive: JSZip, path: string) => archive.file(path)!.async('string')
const count = async (collection: 'attendance' | 'survey-responses' | 'enrolments' | 'notifications' | 'complaints' | 'improvement-actions', where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

const rest = (path: string, who?: Who) => restRequest(payload, { path, login: who ? { email: users[who].email, password: PASSWORD } : undefined })

/** Mails as the mail jobs log them: before sending, keyed, then marked sent. */
async function logMail(kind: Parameters<typeof recordDelivery>[1]['kind'], fileId: string, to: string, sentAt: string) {
  const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true })
  await recordDelivery(
    payload,
    { idempotencyKey: `${kind}-${fileId}-${to}`, kind, recipientEmail: to, language: 'fr', fileId, structureId: String(file.structure), subject: kind },
    { status: 'sent', sentAt, attempts: 1 },
  )
}

/** A 2014 session of the same programme, with one trainee, a file, a convocation mail, a complaint and an action. */
async function laterWorld(): Promise<void> {
  const session = await payload.findByID({ collection: 'sessions', id: history.sessionId, depth: 0, overrideAccess: true })
  const structure = history.structureIds[1]
  const slots = [0, 1, 2].flatMap((d) => [
    { start: `2014-03-1${d}T08:00:00.000Z`, end: `2014-03-1${d}T11:30:00.000Z`, period: 'am' as const },
    { start: `2014-03-1${d}T12:30:00.000Z`, end: `2014-03-1${d}T16:00:00.000Z`, period: 'pm' as const },
  ])
  const s = await payload.create({
    collection: 'sessions',
    overrideAccess: true,
    data: { title: 'Culture & usages numériques · Toulon, mars 2014', programme: String(session.programme), structures: [structure], slots, status: 'delivered' },
  })
  later.sessionId = String(s.id)
  const p = await payload.create({
    collection: 'participants',
    overrideAccess: true,
    data: { name: later.participant, email: 'hors.periode@demo-2014.example.org', structure, jobRole: 'social-worker', language: 'fr' },
  })
  const e = await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: s.id, participant: p.id, status: 'attended' } })
  await payload.create({ collection: 'attendance', overrideAccess: true, data: { enrolment: e.id, slotIndex: 0, status: 'signed', signedAt: slots[0].start } })
  await payload.create({
    collection: 'survey-responses',
    overrideAccess: true,
    data: { kind: 'hot', session: s.id, enrolment: e.id, participant: p.id, structure, submittedAt: '2014-03-12T16:00:00.000Z', answers: [{ key: 'overall', scale: 2 }, { key: 'comments', text: 'Salle trop froide.' }], respondentKey: `${s.id}:hot:p${p.id}` },
  })
  const file = await payload.db.create({
    collection: 'funding-files',
    data: { reference: 'DF-2014-HORS', structure, session: s.id, status: 'closed', billingStatus: 'paid', timerSeq: {} },
  })
  await logMail('session.convocation', String(file.id), 'hors.periode@demo-2014.example.org', '2014-02-24T09:00:00.000Z')
  const complaint = await payload.create({
    collection: 'complaints',
    overrideAccess: true,
    data: { receivedAt: '2014-03-20T09:00:00.000Z', from: { name: later.participant, role: 'participant' }, channel: 'phone', status: 'received', structure, session: s.id, subject: 'Salle trop froide en mars', description: 'Chauffage en panne le deuxième jour.' },
  })
  later.complaintId = String(complaint.id)
  await payload.create({
    collection: 'improvement-actions',
    overrideAccess: true,
    data: { title: 'Vérifier le chauffage des salles en hiver', status: 'planned', decidedAt: '2014-04-01T00:00:00.000Z', sources: [{ relationTo: 'complaints', value: complaint.id }] },
  })
  // Just outside the 2013 period: received the day before it starts; an action ended before it starts.
  await payload.create({
    collection: 'complaints',
    overrideAccess: true,
    data: { receivedAt: '2013-09-30T08:00:00.000Z', from: { name: 'Avant Période', role: 'other' }, channel: 'letter', status: 'received', subject: 'Demande antérieure à la période', description: 'Hors période.' },
  })
  await payload.create({
    collection: 'improvement-actions',
    overrideAccess: true,
    data: { title: 'Action close avant la période', decidedAt: '2013-06-01T00:00:00.000Z', status: 'done', doneAt: '2013-09-15T00:00:00.000Z' },
  })
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  history = await seedHistory(payload)
  const user = async (who: Who, role: User['role'], structures: string[] = []) => {
    const doc = await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email: `${who}@preuves.test`, password: PASSWORD, name: who, role, language: 'fr', structures },
    })
    users[who] = { ...doc, collection: 'users' }
  }
  await user('coordinator', 'coordinator')
  await user('structureAdmin', 'structure-admin', [history.structureIds[0]])
  await user('facilitator', 'facilitator')
  const [first] = history.fileIds
  await logMail('session.convocation', first, 'nadia.ferhat@demo-2013.example.org', '2013-09-30T08:00:00.000Z')
  await logMail('session.convocation', first, 'sabrina.costa@demo-2013.example.org', '2013-09-30T08:00:00.000Z')
  await logMail('attendance.absence', first, 'direction@escale.example.org', '2013-10-16T10:00:00.000Z')
  await logMail('survey.hot_reminder', first, 'thomas.girard@demo-2013.example.org', '2013-10-18T15:00:00.000Z')
  await logMail('file.approved', first, 'direction@escale.example.org', '2013-09-10T15:00:00.000Z')
  await laterWorld()
  zip = await JSZip.loadAsync(await buildEvidenceArchive(payload, Q4_2013))
}, 300_000)

afterAll(async () => {
  await payload?.destroy?.()
})

describe('the evidence archive of a period', () => {
  it('lists every indicator: a folder with a README (French, then English) each, an index and a root README', async () => {
    for (const folder of FOLDERS) {
      const readme = await text(zip, `${folder}/README.txt`)
      const number = Number(folder.slice(0, 2))
      expect(readme.indexOf(`Indicateur ${number} ·`)).toBe(0)
      expect(readme.indexOf(`Indicator ${number} ·`)).toBeGreaterThan(readme.indexOf('Ce dossier prouve'))
      expect(readme).toContain('Période : du 01/10/2013 au 31/12/2013')
    }
    const index = await csv(zip, '00-index.csv')
    expect(index.slice(1).map((r) => r[0])).toEqual(['1', '2', '4', '9', '11', '12', '30', '31', '32'])
    expect(index.slice(1).map((r) => r[3])).toEqual(FOLDERS)
    const root = await text(zip, 'README.txt')
    for (const folder of FOLDERS) expect(root).toContain(`${folder}/`)
  })

  it('counts in the index what each folder holds', async () => {
    const index = await csv(zip, '00-index.csv')
    for (const [i, folder] of FOLDERS.entries()) {
      const files = Object.keys(zip.files).filter((name) => name.startsWith(`${folder}/`) && !zip.files[name].dir && !name.endsWith('README.txt'))
      let items = 0
      for (const name of files) items += name.endsWith('.csv') ? (await rowsOf(zip, name)).length : 1
      expect([folder, index[i + 1][4], index[i + 1][5]]).toEqual([folder, String(items), String(files.length)])
      expect(await text(zip, `${folder}/README.txt`)).toContain(`Pièces : ${items}`)
    }
  })

  it('writes the CSV for French Excel: BOM, semicolons, dates dd/mm/yyyy', async () => {
    const raw = await text(zip, '31-reclamations/registre-des-reclamations.csv')
    expect(raw.charCodeAt(0)).toBe(0xfeff)
    expect(raw.split('\r\n')[0].split(';').length).toBeGreaterThan(10)
    const [row] = await rowsOf(zip, '31-reclamations/registre-des-reclamations.csv')
    expect(row[0]).toBe('17/10/2013')
    for (const cell of [row[8], row[10]]) expect(cell).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
  })

  it('01 and 02: the programme of the period and its result indicators', async () => {
    const programmes = await rowsOf(zip, '01-information-publique/programmes.csv')
    expect(programmes.map((r) => [r[0], r[1], r[5]])).toEqual([['Culture & usages numériques', '2013', '21']])
    const results = await rowsOf(zip, '02-indicateurs-de-resultats/indicateurs-de-resultats.csv')
    const trainees = await count('enrolments', { and: [{ session: { equals: history.sessionId } }, { status: { not_equals: 'withdrawn' } }] })
    const hot = await count('survey-responses', { and: [{ session: { equals: history.sessionId } }, { kind: { equals: 'hot' } }] })
    // One programme row and the "all" row: same session, same figures.
    expect(results.map((r) => [r[3], r[4], r[6]])).toEqual([
      ['1', String(trainees), String(hot)],
      ['1', String(trainees), String(hot)],
    ])
  })

  it('09: the stored convocations are PDFs of the period’s files, and only their sends are listed', async () => {
    const pdfs = Object.keys(zip.files).filter((n) => n.startsWith('09-information-des-beneficiaires/convocations/') && n.endsWith('.pdf'))
    const stored = (
      await payload.find({ collection: 'funding-files', where: { session: { equals: history.sessionId } }, depth: 0, overrideAccess: true })
    ).docs.flatMap((f) => (f.documents ?? []).filter((d) => d.type === 'convocation'))
    expect(pdfs).toHaveLength(stored.length)
    expect(pdfs.length).toBeGreaterThan(0)
    const pdf = await zip.file(pdfs[0])!.async('nodebuffer')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await pdfText(pdf)).text).toContain('Convocation à la formation')
    const sends = await rowsOf(zip, '09-information-des-beneficiaires/envois-convocations.csv')
    const logged = await count('notifications', { and: [{ file: { in: history.fileIds } }, { kind: { equals: 'session.convocation' } }] })
    expect(sends).toHaveLength(logged)
    expect(sends.map((r) => [r[0], r[3], r[8]])).toContainEqual(['30/09/2013', 'nadia.ferhat@demo-2013.example.org', 'Envoyé'])
    expect((await rowsOf(zip, '09-information-des-beneficiaires/sessions.csv')).map((r) => [r[2], r[3], r[5]])).toEqual([['14/10/2013', '16/10/2013', '21,0']])
  })

  it('11 and 12: a line per participant, per participant and half-day, drop-outs, alerts and sheets', async () => {
    const active = await count('enrolments', { and: [{ session: { equals: history.sessionId } }, { status: { not_equals: 'withdrawn' } }] })
    expect(await rowsOf(zip, '11-evaluation-des-acquis/acquis-par-participant.csv')).toHaveLength(active)
    const session = await payload.findByID({ collection: 'sessions', id: history.sessionId, depth: 0, overrideAccess: true })
    const lines = await rowsOf(zip, '12-engagement-et-abandons/emargement-par-demi-journee.csv')
    expect(lines).toHaveLength(active * (session.slots ?? []).length)
    expect(lines.filter((r) => r[6] === 'Signé')).toHaveLength(await count('attendance', { and: [{ session: { equals: history.sessionId } }, { status: { equals: 'signed' } }] }))
    expect(lines.filter((r) => r[6] === 'Absent')).toHaveLength(await count('attendance', { and: [{ session: { equals: history.sessionId } }, { status: { equals: 'absent' } }] }))
    expect(lines.every((r) => r[12] === 'Karim Benali (démo)')).toBe(true)
    const dropOuts = await rowsOf(zip, '12-engagement-et-abandons/desistements-et-absences.csv')
    expect(dropOuts).toHaveLength(await count('enrolments', { and: [{ session: { equals: history.sessionId } }, { status: { in: ['withdrawn', 'no-show', 'partial'] } }] }))
    expect(dropOuts.find((r) => r[2] === 'Thomas Girard')?.[7]).toBe('16/10/2013 matin | 16/10/2013 après-midi')
    expect((await rowsOf(zip, '12-engagement-et-abandons/alertes-et-relances.csv')).map((r) => [r[0], r[2]])).toEqual([['16/10/2013', KIND_LABELS['attendance.absence'].fr]])
    expect(Object.keys(zip.files).filter((n) => n.startsWith('12-engagement-et-abandons/feuilles-emargement/') && n.endsWith('.pdf'))).toHaveLength(2)
  })

  it('30: every answer of every audience, with free text, the reminders and the session report', async () => {
    for (const [kind, file] of [
      ['hot', 'reponses-a-chaud.csv'],
      ['cold', 'reponses-a-froid.csv'],
      ['director', 'reponses-direction.csv'],
      ['facilitator', 'reponses-formateurs.csv'],
    ] as const) {
      const rows = await rowsOf(zip, `30-appreciations/${file}`)
      expect([kind, rows.length]).toEqual([kind, await count('survey-responses', { and: [{ session: { equals: history.sessionId } }, { kind: { equals: kind } }] })])
    }
    expect((await rowsOf(zip, '30-appreciations/reponses-a-chaud.csv')).flat()).toContain('Trop court sur les outils.')
    expect(await rowsOf(zip, '30-appreciations/envois-et-relances.csv')).toHaveLength(1)
    expect(Object.keys(zip.files).filter((n) => n.startsWith('30-appreciations/bilans-de-session/') && n.endsWith('.pdf'))).toHaveLength(1)
  })

  it('31 and 32: the complaint of the period, acknowledged and answered, and the actions open in the period with their sources', async () => {
    const register = await rowsOf(zip, '31-reclamations/registre-des-reclamations.csv')
    const received = await count('complaints', {
      and: [{ receivedAt: { greater_than_equal: Q4_2013.from.toISOString() } }, { receivedAt: { less_than_equal: Q4_2013.to.toISOString() } }],
    })
    expect(register).toHaveLength(received)
    expect(register[0].slice(0, 3)).toEqual(['17/10/2013', 'Nadia Ferhat', 'Structure (employeur)'])
    expect(register[0].slice(8)).toEqual([
      '18/10/2013',
      expect.stringContaining('Nous vous prions de nous excuser'),
      '24/10/2013',
      '7',
      'Réponse apportée',
      'Vérifier le matériel de la salle la veille de chaque session',
      expect.any(String),
    ])
    const { docs } = await payload.find({ collection: 'improvement-actions', depth: 0, pagination: false, overrideAccess: true })
    const open = docs.filter((a) => a.decidedAt <= Q4_2013.to.toISOString() && (!a.doneAt || a.doneAt >= Q4_2013.from.toISOString()))
    const actions = await rowsOf(zip, '32-amelioration-continue/actions-amelioration.csv')
    expect(actions.map((r) => r[0]).sort()).toEqual(open.map((a) => a.title).sort())
    expect(actions.map((r) => r[0])).not.toContain('Action close avant la période')
    const sources = await rowsOf(zip, '32-amelioration-continue/sources-des-actions.csv')
    expect(sources).toHaveLength(open.reduce((n, a) => n + (a.sources ?? []).length, 0))
    expect(sources.map((r) => r[1])).toEqual(expect.arrayContaining(['Réclamation', 'Réponse : Animateur', 'Réponse : Satisfaction à chaud', 'Bilan']))
  })

  it('leaves out what happened outside the period, and finds it in its own period', async () => {
    const everything = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.csv')).map((n) => text(zip, n)))
    for (const outside of [later.participant, 'Salle trop froide', 'DF-2014-HORS', 'hors.periode@', 'Demande antérieure à la période', 'Toulon, mars 2014'])
      expect(everything.join('\n')).not.toContain(outside)
    const y2014 = await JSZip.loadAsync(await buildEvidenceArchive(payload, period('2014-01-01', '2014-12-31')))
    expect((await rowsOf(y2014, '12-engagement-et-abandons/emargement-par-demi-journee.csv')).map((r) => r[3])).toEqual(Array(6).fill(later.participant))
    expect((await rowsOf(y2014, '31-reclamations/registre-des-reclamations.csv')).map((r) => r[6])).toEqual(['Salle trop froide en mars'])
    expect((await rowsOf(y2014, '09-information-des-beneficiaires/envois-convocations.csv')).map((r) => r[3])).toEqual(['hors.periode@demo-2014.example.org'])
    expect(await rowsOf(y2014, '30-appreciations/reponses-a-froid.csv')).toEqual([])
  })

  it('keeps an empty indicator’s folder, saying there is no evidence', async () => {
    const empty = await JSZip.loadAsync(await buildEvidenceArchive(payload, period('2015-01-01', '2015-01-31')))
    for (const folder of FOLDERS) expect(empty.file(`${folder}/README.txt`)).not.toBeNull()
    const readme = await text(empty, '31-reclamations/README.txt')
    expect(readme).toContain('Aucune pièce pour la période.')
    expect(readme).toContain('No evidence in period.')
    expect(await rowsOf(empty, '12-engagement-et-abandons/emargement-par-demi-journee.csv')).toEqual([])
  })

  it('with a programme, keeps only that programme’s sessions and the records tied to them', async () => {
    const other = await payload.create({
      collection: 'programmes',
      overrideAccess: true,
      data: { title: 'Autre programme', objectives: [{ text: 'Autre' }], audience: 'Tous', prerequisites: 'Aucun', durationHours: 7, methods: 'Ateliers', evaluation: 'Quiz', accessibility: 'Accessible', modules: [{ title: 'Pourquoi', kind: 'why', minutes: 60, protected: true }], _status: 'published' },
    })
    const scoped = await JSZip.loadAsync(await buildEvidenceArchive(payload, { ...Q4_2013, programmeId: String(other.id) }))
    expect((await rowsOf(scoped, '01-information-publique/programmes.csv')).map((r) => r[0])).toEqual(['Autre programme'])
    expect(await rowsOf(scoped, '12-engagement-et-abandons/emargement-par-demi-journee.csv')).toEqual([])
    // The 2013 complaint is about the other programme's session.
    expect(await rowsOf(scoped, '31-reclamations/registre-des-reclamations.csv')).toEqual([])
  })
})

describe('GET /api/reports/qualiopi-evidence', () => {
  const path = '/reports/qualiopi-evidence?from=2013-10-01&to=2013-12-31'

  it('is for coordinators and admins only', async () => {
    expect((await rest(path)).status).toBe(401)
    for (const who of ['structureAdmin', 'facilitator'] as const) {
      const res = await rest(path, who)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { message: string }).message).toBe('Réservé à la coordination / coordinators only')
    }
  })

  it('refuses a missing, malformed or inverted period, or an unknown programme, saying why in French and English', async () => {
    const cases: [string, string][] = [
      ['?from=2013-10-01', 'Indiquez la période'],
      ['?from=2013-13-01&to=2013-12-31', 'Date invalide pour from'],
      ['?from=2013-10-01&to=31/12/2013', 'invalid date for to'],
      ['?from=2013-02-01&to=2013-02-30', 'Date invalide pour to'],
      ['?from=2013-12-31&to=2013-10-01', 'the end date is before the start date'],
      ['?from=2013-10-01&to=2013-12-31&programme=nope', 'unknown programme'],
    ]
    for (const [query, message] of cases) {
      const res = await rest(`/reports/qualiopi-evidence${query}`, 'coordinator')
      expect([query, res.status]).toEqual([query, 400])
      expect(((await res.json()) as { message: string }).message).toContain(message)
    }
  })

  it('answers the archive as a zip named after the period', async () => {
    const res = await rest(path, 'coordinator')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="qualiopi-preuves-2013-10-01-2013-12-31.zip"')
    const archive = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
    for (const folder of FOLDERS) expect(archive.file(`${folder}/README.txt`)).not.toBeNull()
    expect(await rowsOf(archive, '31-reclamations/registre-des-reclamations.csv')).toHaveLength(1)
  })
})

describe('quality registers', () => {
  const base = { from: { name: 'Réclamant', role: 'participant' as const }, channel: 'email' as const, status: 'received' as const, subject: 'Objet', description: 'Exposé', receivedAt: '2013-11-04T09:00:00.000Z' }
  const rejects = async (run: () => Promise<unknown>, message: string) => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((error as ValidationError).data)).toContain(message)
  }

  it('a complaint is answered in writing: answer and dates required by its status, never before it was received', async () => {
    const create = (data: Record<string, unknown>) => payload.create({ collection: 'complaints', overrideAccess: true, data: { ...base, ...data } as never })
    await rejects(() => create({ status: 'answered', acknowledgedAt: '2013-11-05T09:00:00.000Z', answeredAt: '2013-11-06T09:00:00.000Z' }), 'Réponse obligatoire')
    await rejects(() => create({ status: 'answered', acknowledgedAt: '2013-11-05T09:00:00.000Z', answer: 'Réponse' }), 'Date de réponse obligatoire')
    await rejects(() => create({ status: 'acknowledged' }), "Date de l'accusé de réception obligatoire")
    await rejects(() => create({ acknowledgedAt: '2013-11-01T09:00:00.000Z' }), 'précède la réception')
    // A partial update is judged on the whole resulting record.
    const open = await create({})
    await rejects(() => payload.update({ collection: 'complaints', id: open.id, overrideAccess: true, data: { status: 'answered' } }), 'Réponse obligatoire')
    await payload.update({
      collection: 'complaints',
      id: open.id,
      overrideAccess: true,
      data: { status: 'answered', acknowledgedAt: '2013-11-05T09:00:00.000Z', answer: 'Réponse écrite', answeredAt: '2013-11-08T09:00:00.000Z' },
    })
    const closed = await payload.update({ collection: 'complaints', id: open.id, overrideAccess: true, data: { status: 'closed' } })
    expect(closed.answer).toBe('Réponse écrite')
  })

  it('an improvement action ends with a date, and an abandoned one says why', async () => {
    const create = (data: Record<string, unknown>) =>
      payload.create({ collection: 'improvement-actions', overrideAccess: true, data: { title: 'Action', decidedAt: '2013-11-04T00:00:00.000Z', ...data } as never })
    await rejects(() => create({ status: 'done' }), 'Date de fin obligatoire')
    await rejects(() => create({ status: 'abandoned', doneAt: '2013-12-01T00:00:00.000Z' }), "Indiquez pourquoi l'action est abandonnée")
    await rejects(() => create({ status: 'done', doneAt: '2013-10-01T00:00:00.000Z' }), "précède la décision de l'action")
    expect((await create({ status: 'done', doneAt: '2013-12-01T00:00:00.000Z' })).status).toBe('done')
  })

  it('a structure admin files complaints for their own structure and reads only those; the rest is staff’s', async () => {
    const as = (who: Who) => ({ overrideAccess: false, user: users[who] }) as const
    // Handling is the coordination's: a status or an answer they send is refused, naming the field.
    await expect(
      payload.create({ collection: 'complaints', ...as('structureAdmin'), data: { ...base, structure: history.structureIds[0], status: 'closed', answer: 'Je me réponds' } }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('« État »') })
    const mine = await payload.create({ collection: 'complaints', ...as('structureAdmin'), data: { ...base, structure: history.structureIds[0] } })
    expect([mine.status, mine.answer ?? null]).toEqual(['received', null])
    const defaulted = await payload.create({ collection: 'complaints', ...as('structureAdmin'), data: base })
    expect(relationId(defaulted.structure)).toBe(history.structureIds[0])
    await rejects(() => payload.create({ collection: 'complaints', ...as('structureAdmin'), data: { ...base, structure: history.structureIds[1] } }), 'Structure : cette structure n’appartient pas à vos structures')
    const read = await payload.find({ collection: 'complaints', ...as('structureAdmin'), depth: 0, pagination: false })
    expect(read.docs.length).toBeGreaterThan(0)
    expect(read.docs.every((c) => String(c.structure) === history.structureIds[0])).toBe(true)
    expect(read.docs.map((c) => String(c.id))).not.toContain(later.complaintId)
    await expect(payload.update({ collection: 'complaints', id: mine.id, ...as('structureAdmin'), data: { subject: 'Changé' } })).rejects.toThrow()
    await expect(payload.find({ collection: 'improvement-actions', ...as('structureAdmin') })).rejects.toThrow()
    await expect(payload.find({ collection: 'complaints', ...as('facilitator') })).rejects.toThrow()
    expect((await payload.find({ collection: 'complaints', ...as('coordinator'), pagination: false })).docs.map((c) => String(c.id))).toContain(later.complaintId)
  })
})
