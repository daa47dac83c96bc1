/**
 * Per-federation settings (issue 20): two federations with different legal entities on one platform. A document of
 * a file in federation B states B's name, SIRET and signatory, not A's; a file in a federation that recorded none
 * states the platform's (the organisation settings); a mail about a file in B comes from B's sender and names B in
 * its footer; an expired Qualiopi certificate in B refuses a new file in B only. B's BPF and a B participant's
 * personal-data export are B's too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { fileMailData } from '../../jobs/shared/file-mail-context'
import { FILE_DOCUMENT_BUILDERS } from '../../src/documents'
import { loadDocumentFacts } from '../../src/documents/load-facts'
import { computeBpf } from '../../src/reports/bpf'
import { formatSiret, loadOrganisation } from '../../src/documents/provider'
import { env as mailEnv } from '../../src/lib/env'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { organisationSeed, seedOrganisation } from '../../src/seed/organisation'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { restCall } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

const DAY = 24 * 3600_000
const PASSWORD = 'motdepasse-test'
const PLATFORM = organisationSeed({})
const B = {
  name: 'FAS Bretagne',
  street: '12 quai Duguay-Trouin',
  postalCode: '35000',
  city: 'Rennes',
  siret: makeSiret('35012345', '0017'),
  nda: '53350123435',
  qualiopiNumber: 'QUA-BZH-0007',
  qualiopiCertifier: 'Certificateur breton',
  qualiopiExpiresOn: new Date(Date.now() + 400 * DAY).toISOString(),
  signatoryName: 'Gwenaëlle Le Goff',
  signatoryRole: 'Directrice',
  contactEmail: 'formation@fas-bretagne.example.org',
  contactPhone: '02 99 00 00 07',
}
const B_SENDER = { name: 'FAS Bretagne · essaim', address: 'essaim@fas-bretagne.example.org' }

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime | undefined
let catcher: MailCatcher | undefined
let a: FileWorld
let federationA: string
let federationB: string
const inB = { structure: '', session: '', file: '' }
let fileA = ''

const rest = (email: string | undefined, method: string, urlPath: string, body?: unknown) =>
  restCall(payload, { method, path: urlPath, login: email ? { email, password: PASSWORD } : undefined, body })
const create = async (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
  String((await payload.create({ collection, overrideAccess: true, context: { skipWelcomeMail: true }, data: data as never })).id)

/** The text of a PDF as poppler's pdftotext reads it, whitespace folded. */
function pdfToText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'essaim-pdf-')), 'doc.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** One convened participant in `sessionId`, and a file written in its final state (the workflow is tested elsewhere). */
async function convenedFile(structure: string, session: string, federation: string, reference: string): Promise<string> {
  const participant = await create('participants', { name: `Participante ${reference}`, email: `${reference.toLowerCase()}@example.org`, structure, jobRole: 'social-worker', language: 'fr' })
  await create('enrolments', { session, participant, status: 'convened' })
  const file = await payload.db.create({
    collection: 'funding-files',
    data: { reference, structure, session, federation, opco: 'opco-sante', status: 'approved', billingStatus: 'none', timerSeq: {} },
  })
  return String(file.id)
}

const convocationText = async (fileId: string) => pdfToText(await FILE_DOCUMENT_BUILDERS.convocation(await loadDocumentFacts(payload, fileId)))

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  await seedOrganisation(payload, {})
  // A is the platform's first federation and records nothing of its own: its documents state the platform's facts.
  a = await createFileWorld(payload, new Date(), 60)
  const structureA = await payload.findByID({ collection: 'structures', id: a.structureId, depth: 0, overrideAccess: true })
  federationA = String(structureA.federation)
  fileA = await convenedFile(a.structureId, a.sessionId, federationA, 'DF-FED-A')

  federationB = await create('federations', { name: 'Fédération Bretagne', territory: 'Bretagne', phase: 'pilot', organisation: B, mailSender: B_SENDER, networkName: 'Hub Breizh', networkLabel: 'réseau breton de la médiation numérique' })
  inB.structure = await create('structures', {
    federation: federationB, name: 'CHRS Rennes', type: 'chrs', siret: makeSiret('35099999', '0012'), idcc: '0413', opco: 'opco-sante', commune: 'Rennes', postalCode: '35000', departement: '35',
  })
  const venue = await create('eric-spaces', { federation: federationB, name: 'Hub Rennes', street: '3 rue de Brest', commune: 'Rennes', postalCode: '35000', departement: '35' })
  const day = Date.UTC(new Date().getUTCFullYear() + 1, 2, 1, 8)
  inB.session = await create('sessions', {
    title: 'Culture & usages numériques · Rennes',
    structures: [inB.structure],
    venue,
    slots: [0, 1].map((d) => ({ start: new Date(day + d * DAY).toISOString(), end: new Date(day + d * DAY + 3.5 * 3600_000).toISOString(), period: 'am' })),
  })
  inB.file = await convenedFile(inB.structure, inB.session, federationB, 'DF-FED-B')
}, 180_000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  if (env) await dropQueuePrefix(env.redisUrl, env.queuePrefix)
  await payload?.destroy()
})

describe('documents state the legal entity of the file’s federation', () => {
  it('a convocation of a file in B names B, its SIRET and its signatory, and nothing of the platform’s', async () => {
    const text = await convocationText(inB.file)
    expect(text).toContain(B.name)
    expect(text).toContain(`SIRET ${formatSiret(B.siret)}`)
    expect(text).toContain(`Coordination : ${B.signatoryName} (${B.name})`)
    expect(text).not.toContain(PLATFORM.name)
    expect(text).not.toContain(formatSiret(PLATFORM.siret ?? ''))
    expect(text).not.toContain(PLATFORM.signatoryName ?? '')
  })

  it('a convocation of a file in A, which recorded nothing, names the platform’s organisation, not B', async () => {
    const text = await convocationText(fileA)
    expect(text).toContain(PLATFORM.name)
    expect(text).toContain(`SIRET ${formatSiret(PLATFORM.siret ?? '')}`)
    expect(text).toContain(`Coordination : ${PLATFORM.signatoryName} (${PLATFORM.name})`)
    expect(text).not.toContain(B.name)
    expect(text).not.toContain(B.signatoryName)
  })

  it('a federation that recorded only some facts has those, and the platform’s for the others', async () => {
    const partial = await create('federations', { name: 'Fédération Corse', phase: 'experimentation', organisation: { name: 'FAS Corse', signatoryName: 'Ghjuvanna Santoni' } })
    const facts = await loadOrganisation(payload, undefined, partial)
    expect(facts).toMatchObject({ name: 'FAS Corse', signatory: 'Ghjuvanna Santoni', signatoryTitle: PLATFORM.signatoryRole, siret: formatSiret(PLATFORM.siret ?? '') })
  })
})

describe('a federation’s BPF', () => {
  it('counts the federation’s sessions only, under its legal entity', async () => {
    const session = await payload.findByID({ collection: 'sessions', id: inB.session, depth: 0, overrideAccess: true })
    const year = new Date(session.slots?.[0]?.start ?? '').getUTCFullYear()
    const ofB = await computeBpf(payload, year, new Date(), federationB)
    expect(ofB.organisation).toMatchObject({ name: B.name, siret: formatSiret(B.siret) })
    expect(ofB.sessions.map((line) => line.id)).toEqual([inB.session])
    const ofA = await computeBpf(payload, year, new Date(), federationA)
    expect(ofA.organisation.name).toBe(PLATFORM.name)
    expect(ofA.sessions.map((line) => line.id)).not.toContain(inB.session)
  })
})

describe('a personal-data export is authored by the training organisation of the person’s federation', () => {
  const authorOf = async (participantEmail: string) => {
    const participant = (await payload.find({ collection: 'participants', where: { email: { equals: participantEmail } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const { status, bytes } = await rest(a.users.admin.email, 'POST', '/personal-data/export', { participant: participant.id, format: 'pdf' })
    expect(status).toBe(200)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'essaim-pdf-')), 'export.pdf')
    writeFileSync(file, bytes)
    return /^Author:\s*(.*)$/m.exec(execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }))?.[1]?.trim()
  }

  it('B’s legal name for a participant of a structure in B, the platform’s for one in A', async () => {
    expect(await authorOf('df-fed-b@example.org')).toBe(B.name)
    expect(await authorOf('df-fed-a@example.org')).toBe(PLATFORM.name)
  })
})

describe('the federation settings: written by admins only, checked like the platform’s', () => {
  it('an admin records them; a bad SIRET is refused in French and English and changes nothing', async () => {
    const bad = await rest(a.users.admin.email, 'PATCH', `/federations/${federationB}`, { organisation: { siret: '12345678901234' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('SIRET invalide (14 chiffres, clé de Luhn) / invalid SIRET (14 digits, Luhn key)')
    const badSender = await rest(a.users.admin.email, 'PATCH', `/federations/${federationB}`, { mailSender: { address: 'pas-une-adresse' } })
    expect(badSender.status).toBe(400)
    expect(String(JSON.stringify(badSender.json))).toContain(' / ')
    const stored = await payload.findByID({ collection: 'federations', id: federationB, depth: 0, overrideAccess: true })
    expect(stored.organisation?.siret).toBe(B.siret)
    expect(stored.mailSender?.address).toBe(B_SENDER.address)
  })

  it('a coordinator of the federation cannot change them', async () => {
    const coordinator = `coord-b-${federationB.slice(0, 6)}@example.org`
    await create('users', { email: coordinator, password: PASSWORD, name: 'Coordination Bretagne', role: 'coordinator', language: 'fr', federations: [federationB] })
    const { status } = await rest(coordinator, 'PATCH', `/federations/${federationB}`, { organisation: { signatoryName: 'Quelqu’un d’autre' } })
    expect([401, 403]).toContain(status)
    const stored = await payload.findByID({ collection: 'federations', id: federationB, depth: 0, overrideAccess: true })
    expect(stored.organisation?.signatoryName).toBe(B.signatoryName)
  })
})

describe('the OPCO filing lead time of the file’s federation', () => {
  const days = (from: string | number | Date, to: string | number | Date) => Math.round((new Date(from).getTime() - new Date(to).getTime()) / DAY)

  it('an admin sets one per OPCO; two for the same OPCO or fewer than 14 days are refused in French and English', async () => {
    const twice = await rest(a.users.admin.email, 'PATCH', `/federations/${federationB}`, { leadTimes: [{ opco: 'opco-sante', days: 45 }, { opco: 'opco-sante', days: 40 }] })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.json)).toContain('Un seul délai par OPCO / one lead time per OPCO')
    const tooShort = await rest(a.users.admin.email, 'PATCH', `/federations/${federationB}`, { leadTimes: [{ opco: 'opco-sante', days: 7 }] })
    expect(tooShort.status).toBe(400)
    expect((await payload.findByID({ collection: 'federations', id: federationB, depth: 0, overrideAccess: true })).leadTimes ?? []).toEqual([])
    const set = await rest(a.users.admin.email, 'PATCH', `/federations/${federationB}`, { leadTimes: [{ opco: 'opco-sante', days: 45 }] })
    expect(set.status).toBe(200)
  })

  it('a new file in B is due 45 days before its session (stamped, in its facts and in its mails); one in A keeps 30', async () => {
    const start = Date.UTC(new Date().getUTCFullYear() + 1, 5, 1, 8)
    const session = await create('sessions', {
      title: 'Session Rennes · délai',
      structures: [inB.structure],
      slots: [{ start: new Date(start).toISOString(), end: new Date(start + 3.5 * 3600_000).toISOString(), period: 'am' }],
    })
    const created = await rest(a.users.admin.email, 'POST', '/funding-files', { structure: inB.structure, session, requestedAmount: 4800, requestedTrainees: 8 })
    expect(created.status).toBe(201)
    const fileB = String((created.json as { doc: { id: string } }).doc.id)
    const stored = await payload.findByID({ collection: 'funding-files', id: fileB, depth: 0, overrideAccess: true })
    expect(days(start, stored.deadline!)).toBe(45)
    const { loadFile } = await import('../../collections/funding-files/facts')
    expect((await loadFile(payload, fileB))?.facts.leadTimeDays).toBe(45)
    expect(days(start, String((await fileMailData(payload, fileB)).deadline))).toBe(45)

    const inA = await rest(a.users.admin.email, 'POST', '/funding-files', { structure: a.structureId, session: a.sessionId, requestedAmount: 4800, requestedTrainees: 8, opco: 'opco-sante' })
    expect(inA.status).toBe(201)
    const fileA2 = await payload.findByID({ collection: 'funding-files', id: String((inA.json as { doc: { id: string } }).doc.id), depth: 0, overrideAccess: true })
    expect(days(a.start, fileA2.deadline!)).toBe(30)
  })
})

describe('mails come from the federation of what they are about', () => {
  const convocationTo = async (fileId: string, address: string) => {
    const { requestMail } = await import('../../jobs/shared/request-mail')
    await requestMail(runtime!.queues, {
      kind: 'session.convocation',
      idempotencyKey: `fed-settings-${fileId}`,
      fileId,
      addresses: [{ address, language: 'fr' }],
      // With the session's calendar invitation, as the workflow's convocation has it.
      attach: ['ics'],
      data: await fileMailData(payload, fileId),
    })
    const caught = await waitFor(`the convocation to ${address}`, () => catcher!.mails.find((m) => m.to.includes(address)), 30_000)
    return { caught, parsed: await simpleParser(caught.raw) }
  }

  beforeAll(async () => {
    const { startMailCatcher } = await import('../../src/lib/mail-catcher')
    catcher = await startMailCatcher({ port: env.smtpPort })
    const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
    runtime = await startWorkerRuntime(payload)
  }, 60_000)

  it('a mail about a file in B has B’s sender (also its invitation’s organizer), B’s contact and B in its footer', async () => {
    const { parsed } = await convocationTo(inB.file, 'participante-b@example.org')
    expect(parsed.from?.value[0]).toMatchObject({ name: B_SENDER.name, address: B_SENDER.address })
    const invitations = parsed.attachments.filter((part) => part.contentType.startsWith('text/calendar'))
    expect(invitations.length).toBeGreaterThan(0)
    for (const ics of invitations) {
      // Long calendar lines are folded (RFC 5545 §3.1): unfolded before reading.
      const text = ics.content.toString('utf8').replace(/\r?\n[ \t]/g, '')
      expect(text).toMatch(new RegExp(`ORGANIZER[^\\r\\n]*mailto:${B_SENDER.address}`, 'i'))
      expect(text).not.toContain(mailEnv().mailFrom.address)
    }
    // The French footer keeps its no-break space before the colon (src/email/layout.ts).
    expect(parsed.text).toContain(`Organisme de formation\u00a0: ${B.name}.`)
    expect(parsed.text).toContain(B.contactEmail)
    expect(parsed.html || '').toContain('Organisme de formation\u00a0: FAS Bretagne.')
    expect(parsed.text).not.toContain(PLATFORM.name)
    expect(parsed.text).not.toContain('PACA-Corse-DOM')
  }, 60_000)

  it('a campaign’s kit to a structure in B is offered by B, with B’s mediation network, not ERIC', async () => {
    const { requestMail } = await import('../../jobs/shared/request-mail')
    const address = 'direction-b@example.org'
    await requestMail(runtime!.queues, {
      kind: 'campaign.kit',
      idempotencyKey: `fed-settings-kit-${inB.structure}`,
      structureId: inB.structure,
      addresses: [{ address, language: 'fr' }],
      data: { campaignName: 'Pilote Bretagne', link: 'http://localhost:3000/kit' },
    })
    const caught = await waitFor('the kit to B', () => catcher!.mails.find((m) => m.to.includes(address)), 30_000)
    const text = (await simpleParser(caught.raw)).text ?? ''
    expect(text).toContain(`${B.name} propose à votre structure`)
    expect(text).toContain('du réseau Hub Breizh (réseau breton de la médiation numérique)')
    expect(text).not.toMatch(/ERIC|Internet Citoyen/)
  }, 60_000)

  it('a mail to « the coordinators » about a file in B goes to B’s coordinators, not A’s', async () => {
    const { requestMail } = await import('../../jobs/shared/request-mail')
    const coordinatorB = `coord-mails-b-${federationB.slice(0, 6)}@example.org`
    await create('users', { email: coordinatorB, password: PASSWORD, name: 'Coordination Bretagne (mails)', role: 'coordinator', language: 'fr', federations: [federationB] })
    await requestMail(runtime!.queues, { kind: 'file.created', idempotencyKey: `fed-settings-team-${inB.file}`, fileId: inB.file, roles: ['coordinators'], data: await fileMailData(payload, inB.file) })
    await waitFor('the mail to B’s coordinator', () => catcher!.mails.find((m) => m.to.includes(coordinatorB) && m.raw.includes('DF-FED-B')), 30_000)
    // Both would go out in the same job: once B's is caught, none to A's coordinator is on its way.
    expect(catcher!.mails.filter((m) => m.to.includes(a.users.coordinator.email) && m.raw.includes('DF-FED-B'))).toEqual([])
  }, 60_000)

  it('the delivery-failure digest: each federation’s coordinators read their own failures and the platform’s, never the other’s', async () => {
    const coordinatorB = `coord-digest-b-${federationB.slice(0, 6)}@example.org`
    await create('users', { email: coordinatorB, password: PASSWORD, name: 'Coordination Bretagne (synthèse)', role: 'coordinator', language: 'fr', federations: [federationB] })
    const failed = (key: string, recipientEmail: string, parent: Record<string, string>) =>
      create('notifications', { kind: 'file.created', status: 'failed', recipientEmail, language: 'fr', attempts: 10, lastError: '550 mailbox unavailable', lastAttemptAt: new Date().toISOString(), idempotencyKey: `digest-${key}`, ...parent })
    await failed('a', 'perdu-a@example.org', { file: fileA })
    await failed('b', 'perdu-b@example.org', { file: inB.file })
    await failed('b-structure', 'perdu-structure-b@example.org', { structure: inB.structure })
    await failed('platform', 'perdu-plateforme@example.org', {})

    const { runFailureDigest } = await import('../../jobs/definitions/failure-digest')
    const outcome = await runFailureDigest(payload, runtime!.queues)
    expect(outcome.failures).toBe(4)
    // One digest per federation: A's and B's (and any other's here, of the platform's failure alone).
    expect(outcome.requested).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`-${federationA}$`)), expect.stringMatching(new RegExp(`-${federationB}$`))]))
    const digestTo = async (address: string) => {
      const caught = await waitFor(`the digest to ${address}`, () => catcher!.mails.find((m) => m.to.includes(address) && m.raw.includes('perdu-')), 30_000)
      const parsed = await simpleParser(caught.raw)
      return { subject: parsed.subject ?? '', text: parsed.text ?? '' }
    }
    const toB = await digestTo(coordinatorB)
    expect(toB.subject).toMatch(/^essaim · Fédération Bretagne\s: 3 messages non distribués$/)
    expect(toB.text).toContain('perdu-b@example.org')
    expect(toB.text).toContain('perdu-structure-b@example.org')
    expect(toB.text).toContain('perdu-plateforme@example.org')
    expect(toB.text).not.toContain('perdu-a@example.org')
    const toA = await digestTo(a.users.coordinator.email)
    expect(toA.text).toContain('perdu-a@example.org')
    expect(toA.text).toContain('perdu-plateforme@example.org')
    expect(toA.text).not.toMatch(/perdu-b@|perdu-structure-b@/)
    // B's digest comes from B's sender, as every mail about B.
    const fromB = catcher!.mails.find((m) => m.to.includes(coordinatorB) && m.raw.includes('perdu-'))!
    expect((await simpleParser(fromB.raw)).from?.value[0]?.address).toBe(B_SENDER.address)
  }, 60_000)

  it('a mail about a file in A has the platform’s sender and organisation', async () => {
    const { parsed } = await convocationTo(fileA, 'participante-a@example.org')
    expect(parsed.from?.value[0]?.address).toBe(mailEnv().mailFrom.address)
    expect(parsed.text).toContain(`Organisme de formation\u00a0: ${PLATFORM.name}.`)
    expect(parsed.text).not.toContain(B.name)
  }, 60_000)
})

describe('Qualiopi: the certificate of the new file’s federation', () => {
  const newFile = (structure: string, session: string) =>
    rest(a.users.admin.email, 'POST', '/funding-files', { structure, session, requestedAmount: 4800, requestedTrainees: 8 })

  it('an expired certificate in B refuses a new file in B (bilingual 409, nothing written) but not in A', async () => {
    await payload.update({ collection: 'federations', id: federationB, data: { organisation: { qualiopiExpiresOn: new Date(Date.now() - 3 * DAY).toISOString() } }, overrideAccess: true })
    const before = (await payload.count({ collection: 'funding-files', overrideAccess: true })).totalDocs
    const refused = await newFile(inB.structure, inB.session)
    expect(refused.status).toBe(409)
    expect(refused.json.code).toBe('qualiopi_expired')
    expect(String(refused.json.message)).toMatch(
      /^Aucun nouveau dossier de financement ne peut être créé : la certification Qualiopi n° QUA-BZH-0007 .* a expiré le .*fédération du dossier\) \/ no new funding file can be created: .* QUA-BZH-0007 expired on .*federation\)$/,
    )
    expect((await payload.count({ collection: 'funding-files', overrideAccess: true })).totalDocs).toBe(before)

    const accepted = await newFile(a.structureId, a.sessionId)
    expect(accepted.status).toBe(201)
  })
})
