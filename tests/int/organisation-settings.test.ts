/**
 * The training organisation's settings (global « Organisme de formation »): who reads and who edits them, the SIRET
 * and NDA checks, the certificats and attestations they sign (only for those who attended, with the hours the
 * sheets prove), and the refusal of a new funding file once the Qualiopi certificate has expired.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { fileMailData } from '../../jobs/shared/file-mail-context'
import { FILE_DOCUMENT_BUILDERS } from '../../src/documents'
import { renderEmail, reviveContext } from '../../src/email'
import { loadDocumentFacts } from '../../src/documents/load-facts'
import { seedOrganisation } from '../../src/seed/organisation'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { pdfText } from '../unit/documents/pdf-text'

/** The summary a refused save carries for the admin's toast: the first error's message. */
const summaryOf = (json: { errors?: unknown }) => (json.errors as { message?: string }[] | undefined)?.[0]?.message

const DAY = 24 * 3600_000
const PATH = '/globals/organisation-settings'
let payload: Payload
let past: FileWorld
let future: FileWorld

const rest = (method: string, path: string, email?: string, body?: unknown) =>
  restCall(payload, { method, path, login: email ? { email, password: 'motdepasse-test' } : undefined, body })
const stored = () => payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true })
const setExpiry = (date: Date) =>
  payload.updateGlobal({ slug: 'organisation-settings', data: { qualiopiExpiresOn: date.toISOString() }, overrideAccess: true })

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  await seedOrganisation(payload, {})
  past = await createFileWorld(payload, new Date(), -20)
  future = await createFileWorld(payload, new Date(), 60)
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('who reads and who edits the organisation settings', () => {
  it('an admin edits them; a coordinator and a structure admin read them; anonymous reads nothing', async () => {
    const edited = await rest('POST', PATH, past.users.admin.email, { signatoryName: 'Nadia Benali', signatoryRole: 'Présidente' })
    expect(edited.status).toBe(200)
    expect((await stored()).signatoryName).toBe('Nadia Benali')
    const read = await rest('GET', PATH, past.users.coordinator.email)
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ signatoryName: 'Nadia Benali', signatoryRole: 'Présidente' })
    expect((await rest('GET', PATH, past.users.structureAdmin.email)).status).toBe(200)
    expect([401, 403]).toContain((await rest('GET', PATH)).status)
  })

  it('refuses a write by a coordinator, a structure admin or anonymous, and stores nothing of it', async () => {
    const before = await stored()
    const forged = { siret: makeSiret('11122233', '0001'), signatoryName: 'Quelqu’un d’autre' }
    for (const email of [past.users.coordinator.email, past.users.structureAdmin.email, undefined]) {
      const { status, json } = await rest('POST', PATH, email, forged)
      expect([401, 403]).toContain(status)
      expect(String(json.message)).toContain(' / ')
    }
    const after = await stored()
    expect(after.siret).toBe(before.siret)
    expect(after.signatoryName).toBe('Nadia Benali')
  })

  it('keeps its timestamps out of reach even of an admin (a forged updatedAt is dropped)', async () => {
    const { status } = await rest('POST', PATH, past.users.admin.email, { updatedAt: '2001-01-01T00:00:00.000Z', contactPhone: '04 91 00 00 00' })
    expect(status).toBe(200)
    const after = await stored()
    expect(after.contactPhone).toBe('04 91 00 00 00')
    expect(after.updatedAt?.startsWith('2001')).toBe(false)
  })
})

describe('legal numbers', () => {
  it('refuses a SIRET that fails the Luhn key, in French and English, and keeps the stored one', async () => {
    const before = (await stored()).siret
    const { status, json } = await rest('POST', PATH, past.users.admin.email, { siret: '12345678901234' })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('SIRET invalide (14 chiffres, clé de Luhn) / invalid SIRET (14 digits, Luhn key)')
    expect(summaryOf(json)).toBe('Champ invalide : SIRET / Invalid field: SIRET')
    expect((await stored()).siret).toBe(before)
  })

  it('stores a SIRET and an NDA typed with spaces as their digits', async () => {
    const siret = makeSiret('42424242', '0042')
    const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    const { status } = await rest('POST', PATH, past.users.admin.email, { siret: spaced, nda: '93 13 12345 13' })
    expect(status).toBe(200)
    expect(await stored()).toMatchObject({ siret, nda: '93131234513' })
  })

  it('refuses an NDA that is not 11 digits', async () => {
    const { status, json } = await rest('POST', PATH, past.users.admin.email, { nda: '93 13 1234' })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain("Numéro de déclaration d'activité invalide")
    expect(JSON.stringify(json)).toContain('invalid activity declaration number')
    expect(summaryOf(json)).toBe("Champ invalide : Numéro de déclaration d'activité (NDA) / Invalid field: Activity declaration number (NDA)")
  })
})

describe('certificats and attestations of a delivered session', () => {
  let fileId: string
  const names = { full: 'Élodie Complète', partial: 'Benoît Partiel', absent: 'Zoé Absente' }

  beforeAll(async () => {
    const session = await payload.findByID({ collection: 'sessions', id: past.sessionId, depth: 0, overrideAccess: true })
    const slots = (session.slots ?? []).map((s) => ({ start: new Date(s.start), end: new Date(s.end) }))
    const signedBy: Record<keyof typeof names, number[]> = { full: [0, 1, 2, 3, 4, 5], partial: [0, 1, 2, 3], absent: [] }
    for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
      const participant = await payload.create({
        collection: 'participants',
        overrideAccess: true,
        data: { name, email: `${key}@organisation.test`, structure: past.structureId, jobRole: 'social-worker', language: 'fr' } as never,
      })
      const enrolment = await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: past.sessionId, participant: participant.id, status: 'convened' } as never })
      for (const [index, slot] of slots.entries()) {
        const signed = signedBy[key].includes(index)
        await payload.create({
          collection: 'attendance',
          overrideAccess: true,
          context: { now: slot.end },
          data: {
            enrolment: enrolment.id,
            slotIndex: index,
            status: signed ? 'signed' : 'absent',
            signedAt: signed ? new Date(slot.start.getTime() + 600_000).toISOString() : undefined,
            method: 'e-sign',
            countersignedAt: slot.end.toISOString(),
            countersignedBy: past.users.facilitator.id,
          } as never,
        })
      }
    }
    // Written in its final state, as the demo's history is: the workflow's own creation is tested elsewhere.
    const file = await payload.db.create({
      collection: 'funding-files',
      data: { reference: 'DF-TEST-ORG1', structure: past.structureId, session: past.sessionId, opco: 'opco-sante', status: 'closed', billingStatus: 'none', timerSeq: {} },
    })
    fileId = String(file.id)
  }, 120_000)

  const documentText = async (type: 'certificat' | 'attestation') =>
    (await pdfText(await FILE_DOCUMENT_BUILDERS[type](await loadDocumentFacts(payload, fileId)))).text

  it('the certificat is signed by the person and role the settings name, not « la coordination régionale »', async () => {
    const text = await documentText('certificat')
    expect(text).toContain('Je soussigné·e Nadia Benali, Présidente, représentant légal du dispensateur')
    expect(text).toContain('Cachet et signature du responsable du dispensateur de formation : Nadia Benali, Présidente')
    expect(text).not.toContain('coordination régionale')
    expect(text).toContain(`SIRET ${makeSiret('42424242', '0042').replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')}`)
    expect(text).toContain("Déclaration d'activité n° 93 13 12345 13")
    expect(text).toContain('Fait à Marseille')
  })

  it('states the hours the sheets prove, and a partial attendance as such', async () => {
    const text = await documentText('certificat')
    expect(text).toContain(`Nom et prénom du bénéficiaire : ${names.full}`)
    expect(text).toContain('Pour une durée de : 21 heures')
    expect(text).toContain('formation suivie en totalité (21 heures prévues)')
    expect(text).toContain(`Nom et prénom du bénéficiaire : ${names.partial}`)
    expect(text).toContain('Pour une durée de : 14 heures')
    expect(text).toContain(`${names.partial} a suivi 14 heures sur 21 heures prévues (présence partielle)`)
  })

  it('gives no certificat and no attestation to a no-show', async () => {
    const certificat = await documentText('certificat')
    expect(certificat).not.toContain(names.absent)
    expect(certificat).not.toContain('0 heure')
    const attestation = await documentText('attestation')
    expect(attestation).not.toContain(names.absent)
    expect(attestation).toContain(`${names.partial}, salarié·e de`)
    expect(attestation).toContain('a suivi 14 heures sur 21 heures prévues de la formation ci-dessous')
    expect(attestation).toContain('Heures suivies : 21 heures sur 21 heures prévues')
    expect(attestation).toContain('Nadia Benali, Présidente')
  })
})

describe('no new funding file while the Qualiopi certificate has expired', () => {
  let createdFileId = ''
  const create = (email: string) =>
    rest('POST', '/funding-files', email, { structure: future.structureId, session: future.sessionId, requestedAmount: 4800, requestedTrainees: 8 })

  it('refuses the creation (REST, as the admin form does) with a bilingual 409 naming the certificate and its date', async () => {
    await setExpiry(new Date(Date.now() - 2 * DAY))
    const before = await payload.count({ collection: 'funding-files', overrideAccess: true })
    for (const email of [future.users.coordinator.email, future.users.structureAdmin.email]) {
      const { status, json } = await create(email)
      expect(status).toBe(409)
      expect(json.code).toBe('qualiopi_expired')
      expect(String(json.message)).toMatch(/^Aucun nouveau dossier de financement ne peut être créé : la certification Qualiopi n° QUA-2025-00042 .* a expiré le .* \/ no new funding file can be created: .* expired on /)
    }
    expect((await payload.count({ collection: 'funding-files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('allows it again once a valid certificate is recorded (valid through its expiry day)', async () => {
    await setExpiry(new Date())
    const { status, json } = await create(future.users.coordinator.email)
    expect(status).toBe(201)
    expect((json.doc as { status: string }).status).toBe('draft')
    createdFileId = String((json.doc as { id: string }).id)
  })

  it("its convocation mail names the organisation's contact for an absence or an accessibility need", async () => {
    const data = await fileMailData(payload, createdFileId)
    expect(data).toMatchObject({ contactEmail: 'formation@fas-paca.example.org', contactPhone: '04 91 00 00 00' })
    const mail = renderEmail('session.convocation', 'fr', reviveContext({ ...data, link: 'http://localhost:3000/p/x/y' }))
    expect(mail.text).toContain('merci de prévenir Fédération des acteurs de la solidarité PACA-Corse (démo) (formation@fas-paca.example.org, 04 91 00 00 00)')
  })
})
