/**
 * Personal links tried as someone holding one would abuse it, through the real page and its server actions: a
 * token on another session, for another purpose, after expiry, replayed after use. Each is refused (the plain
 * French-then-English page, or the action's refusal) and nothing is stored. Then names and answers carrying
 * HTML/script are shown as text wherever they come out: the personal pages, the mails, the report PDF.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { buildSessionReportNow } from '../../jobs/shared/report-flow'
import { renderEmail } from '../../src/email'
import { REFUSAL_TEXT, type PageRefusal } from '../../src/sessions/page-text'
import { fieldName } from '../../src/sessions/survey-questions'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import { enrol, makeParticipant, makeStructure, makeUser, tokenOf } from '../int/sessions-fixtures'
import { pdfText } from '../unit/documents/pdf-text'

// The page and its actions import the Payload config (through @payload-config), which reads the environment when it
// loads: they are imported after useTestEnv, or the test would run on the development database.
type PageModule = typeof import('../../src/app/(public)/p/[sessionId]/[token]/page')
type ActionsModule = typeof import('../../src/app/(public)/p/actions')
let PersonalPage: PageModule['default']
let signAction: ActionsModule['signAction']
let surveyAction: ActionsModule['surveyAction']
let facilitatorSheetAction: ActionsModule['facilitatorSheetAction']

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'
const HOUR = 3_600_000

let payload: Payload
let session: string
let otherSession: string
let ana: string
let bob: string
/** Enrolled in the other session only. */
let cleo: string
const tokens = { anaAttendance: '', bobHot: '', facilitator: '' }
const counts = { tried: 0, accepted: 0 }

/** The personal page as the browser gets it. */
async function page(sessionId: string, token: string, query: Record<string, string> = {}): Promise<string> {
  const element = await PersonalPage({ params: Promise.resolve({ sessionId, token }), searchParams: Promise.resolve(query) })
  return renderToStaticMarkup(element)
}

/** Runs a page's server action; returns the query of the page it redirects to (its outcome). */
async function act(action: (form: FormData) => Promise<void>, fields: Record<string, string>): Promise<URLSearchParams> {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  try {
    await action(form)
  } catch (error) {
    // next/navigation's redirect() throws; its digest carries the target: NEXT_REDIRECT;<type>;<url>;<status>;
    const digest = String((error as { digest?: unknown }).digest ?? '')
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return new URL(digest.split(';')[2] ?? '', 'http://localhost').searchParams
  }
  throw new Error('the action did not redirect')
}

const stored = async () => ({
  attendance: (await payload.count({ collection: 'attendance', overrideAccess: true })).totalDocs,
  answers: (await payload.count({ collection: 'survey-responses', overrideAccess: true })).totalDocs,
})

/** Text as React writes it into HTML. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

/** The plain refusal page: both languages, no form. */
function expectRefusalPage(html: string, refusal: PageRefusal) {
  expect(html).toContain(asHtml(REFUSAL_TEXT[refusal].fr.title))
  expect(html).toContain(asHtml(REFUSAL_TEXT[refusal].en.title))
  expect(html).toContain('<section lang="fr">')
  expect(html).toContain('<section lang="en">')
  expect(html).not.toContain('<form')
}

/** An attempt that must change nothing. */
async function refusedAndNothingStored(attempt: () => Promise<URLSearchParams>, refusal: string) {
  const before = await stored()
  const outcome = await attempt()
  counts.tried += 1
  if (!outcome.get('error') || outcome.get('done') || JSON.stringify(await stored()) !== JSON.stringify(before)) counts.accepted += 1
  expect(outcome.get('error')).toBe(refusal)
  expect(outcome.get('done')).toBeNull()
  expect(await stored()).toEqual(before)
}

const HOT_ANSWER = {
  [fieldName('overall')]: '5',
  [fieldName('objectives')]: '4',
  [fieldName('facilitation')]: '5',
  [fieldName('useful')]: '4',
  [fieldName('comments')]: `Très bien ${SCRIPT} ${IMG}`,
}

beforeAll(async () => {
  const { databaseFile } = await useTestEnv()
  const env = { DATABASE_URI: `file:${databaseFile}` }
  payload = await bootPayload()
  PersonalPage = (await import('../../src/app/(public)/p/[sessionId]/[token]/page')).default
  ;({ signAction, surveyAction, facilitatorSheetAction } = await import('../../src/app/(public)/p/actions'))
  // Guard: this file's own SQLite file, never data/essaim.db.
  expect((payload.db as unknown as { clientConfig?: { url?: string } }).clientConfig?.url).toBe(env.DATABASE_URI)
  expect(env.DATABASE_URI).toContain('essaim-test-')
  const facilitator = await makeUser(payload, 'facilitator', { name: `Karim ${IMG}` })
  const structure = await makeStructure(payload, 'CHRS du Lien')
  // The session is on now: its first half-day is open for signing, its links alive on the real clock.
  const now = Date.now()
  const slots = [0, 1].flatMap((d) => [
    { start: new Date(now - HOUR + d * 24 * HOUR).toISOString(), end: new Date(now + 2 * HOUR + d * 24 * HOUR).toISOString(), period: 'am' },
  ])
  const create = async (title: string, extra: Record<string, unknown> = {}) =>
    String((await payload.create({ collection: 'sessions', overrideAccess: true, data: { title, structures: [structure], slots, capacity: { min: 1, max: 15 }, status: 'in_progress', ...extra } as never })).id)
  session = await create(`Culture numérique ${SCRIPT}`, { facilitators: [String(facilitator.id)] })
  otherSession = await create('Autre session')
  ana = await makeParticipant(payload, structure, 'social-worker', { name: SCRIPT })
  bob = await makeParticipant(payload, structure, 'technical', { name: IMG })
  for (const p of [ana, bob]) await enrol(payload, session, p)
  cleo = await makeParticipant(payload, structure, 'reception', { name: 'Cléo' })
  await enrol(payload, otherSession, cleo)
  const link = async (purpose: 'attendance' | 'survey-hot' | 'facilitator', holder: { participantId?: string; userId?: string }) =>
    tokenOf((await issuePersonalLink(payload, { sessionId: session, purpose, holder })).url)
  tokens.anaAttendance = await link('attendance', { participantId: ana })
  tokens.bobHot = await link('survey-hot', { participantId: bob })
  tokens.facilitator = await link('facilitator', { userId: String(facilitator.id) })
}, 300_000)

afterAll(async () => {
  console.log(`personal-links: ${JSON.stringify(counts)}`)
  await payload?.destroy()
})

describe('a personal link abused', () => {
  it('on another session: the plain bilingual page, and neither signing nor answering stores anything', async () => {
    expectRefusalPage(await page(otherSession, tokens.anaAttendance), 'wrong-session')
    expectRefusalPage(await page(otherSession, tokens.bobHot), 'wrong-session')
    await refusedAndNothingStored(() => act(signAction, { sessionId: otherSession, token: tokens.anaAttendance, slotIndex: '0', lang: 'fr' }), 'wrong-session')
    await refusedAndNothingStored(() => act(surveyAction, { sessionId: otherSession, token: tokens.bobHot, lang: 'fr', ...HOT_ANSWER }), 'wrong-session')
  })

  it('for another purpose: an attendance link does not answer, a survey link does not sign', async () => {
    await refusedAndNothingStored(() => act(surveyAction, { sessionId: session, token: tokens.anaAttendance, lang: 'fr', ...HOT_ANSWER }), 'wrong-purpose')
    await refusedAndNothingStored(() => act(signAction, { sessionId: session, token: tokens.bobHot, slotIndex: '0', lang: 'fr' }), 'wrong-purpose')
  })

  it('after expiry: the plain bilingual page, and nothing is signed', async () => {
    const issued = await issuePersonalLink(payload, { sessionId: session, purpose: 'attendance', holder: { participantId: bob } })
    await payload.update({ collection: 'personal-links', id: issued.id, overrideAccess: true, data: { expiresAt: new Date(Date.now() - 60_000).toISOString() } })
    const token = tokenOf(issued.url)
    expectRefusalPage(await page(session, token), 'expired')
    await refusedAndNothingStored(() => act(signAction, { sessionId: session, token, slotIndex: '0', lang: 'fr' }), 'expired')
  })

  it('a tampered token is unknown: the plain page', async () => {
    const tampered = `${tokens.anaAttendance.slice(0, -1)}${tokens.anaAttendance.endsWith('A') ? 'B' : 'A'}`
    expectRefusalPage(await page(session, tampered), 'unknown')
    await refusedAndNothingStored(() => act(signAction, { sessionId: session, token: tampered, slotIndex: '0', lang: 'fr' }), 'unknown')
  })

  it('replayed after use: signing twice stores one signature; answering twice stores one answer, then the page says the link was used', async () => {
    const sign = () => act(signAction, { sessionId: session, token: tokens.anaAttendance, slotIndex: '0', lang: 'fr' })
    expect((await sign()).get('done')).toBe('signed')
    const first = await payload.find({ collection: 'attendance', overrideAccess: true, depth: 0 })
    expect(first.totalDocs).toBe(1)
    const replay = await sign()
    counts.tried += 1
    expect(replay.get('done')).toBe('already-signed')
    const after = await payload.find({ collection: 'attendance', overrideAccess: true, depth: 0 })
    if (after.totalDocs !== 1 || after.docs[0]?.signedAt !== first.docs[0]?.signedAt) counts.accepted += 1
    expect(after.totalDocs).toBe(1)
    expect(after.docs[0]?.signedAt).toBe(first.docs[0]?.signedAt)

    const answer = () => act(surveyAction, { sessionId: session, token: tokens.bobHot, lang: 'fr', ...HOT_ANSWER })
    expect((await answer()).get('done')).toBe('answered')
    await refusedAndNothingStored(answer, 'used')
    expectRefusalPage(await page(session, tokens.bobHot), 'used')
  })
})

describe('a personal link names only its own session’s people', () => {
  it('the facilitator’s form cannot mark absent someone of another session', async () => {
    const form = new FormData()
    for (const [k, v] of Object.entries({ sessionId: session, token: tokens.facilitator, slotIndex: '0', intent: 'absences', lang: 'fr' })) form.set(k, v)
    form.append('absent', cleo)
    try {
      await facilitatorSheetAction(form)
    } catch (error) {
      if (!String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT')) throw error
    }
    counts.tried += 1
    const marked = await payload.count({ collection: 'attendance', where: { participant: { equals: cleo } }, overrideAccess: true })
    if (marked.totalDocs > 0) counts.accepted += 1
    expect(marked.totalDocs).toBe(0)
  })
})

describe('names and answers with HTML are shown as text', () => {
  const escapedIn = (html: string) => {
    expect(html).not.toContain(SCRIPT)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toMatch(/<[^>]*\sonerror=/i)
  }

  it('on the participant’s and the facilitator’s pages', async () => {
    const participant = await page(session, tokens.anaAttendance)
    escapedIn(participant)
    expect(participant).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const facilitator = await page(session, tokens.facilitator, { slot: '0' })
    escapedIn(facilitator)
    expect(facilitator).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('in the mails (HTML escaped, the plain text as typed)', () => {
    const mail = renderEmail('attendance.absence', 'fr', {
      recipientName: SCRIPT,
      sessionTitle: `Culture ${IMG}`,
      slot: { start: new Date('2030-10-14T07:00:00Z'), end: new Date('2030-10-14T10:30:00Z'), period: 'am' },
      participantNames: [SCRIPT, IMG],
      link: 'https://essaim.example.org/p/s/t',
    } as never)
    escapedIn(mail.html)
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mail.text).toContain(SCRIPT)
  })

  it('in the session report: the answer is stored as typed and printed as text in the PDF', async () => {
    const { reportId } = await buildSessionReportNow(payload, { sessionId: session, trigger: 'on_demand' })
    const report = await payload.findByID({ collection: 'reports', id: reportId, depth: 1, overrideAccess: true })
    const media = report.pdf as { filename?: string | null }
    const staticDir = payload.collections.media.config.upload.staticDir ?? ''
    const { text } = await pdfText(await readFile(path.join(staticDir, media.filename ?? '')))
    expect(text.replace(/\s+/g, ' ')).toContain('<script>alert(1)</script>')
  })
})
