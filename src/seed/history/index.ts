import type { Payload } from 'payload'
import { generateFileDocuments } from '../../../jobs/shared/documents'
import { buildSessionReportNow } from '../../../jobs/shared/report-flow'
import { DOC_TYPES, type FileDocType } from '../../documents/kinds'
import { makeSiret } from '../../validation/siret'
import { seedOrganisation } from '../organisation'
import { FACILITATOR_REPORT, HISTORY_CAMPAIGN_SLUG, HISTORY_FACILITATOR, HISTORY_START, HISTORY_STRUCTURES } from './data'
import { seedHistoryQuality } from './quality'

export interface HistoryReport {
  created: boolean
  campaignId: string
  sessionId: string
  fileIds: string[]
  structureIds: string[]
  participantIds: string[]
  reportId?: string
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (day: number, utcHour: number, minutes = 0) => new Date(HISTORY_START.getTime() + day * DAY + (utcHour - 7) * HOUR + minutes * 60_000)
const iso = (d: Date) => d.toISOString()

/** Six half-days, 09:00–12:30 and 13:30–17:00 Paris: 21 h. */
const SLOTS = [0, 1, 2].flatMap((d) => [
  { start: iso(at(d, 7)), end: iso(at(d, 10, 30)), period: 'am' as const },
  { start: iso(at(d, 11, 30)), end: iso(at(d, 15)), period: 'pm' as const },
])

/**
 * The demo's finished 2013 experimentation session: campaign, programme edition, two structures, an ERIC space
 * and its facilitator, twelve participants with their signed half-days and answers, the two closed funding
 * files with their documents, and the session report. History is recorded, not replayed: the files are written
 * in their final state directly (no workflow move, so no timer or mail for 2013). Idempotent: a second call
 * finds the campaign and returns.
 */
const HISTORY_SESSION_TITLE = 'Culture & usages numériques · Marseille, octobre 2013'

export async function seedHistory(payload: Payload): Promise<HistoryReport> {
  // The content seed may already have made the 2013 campaign: the history's own facilitator is what marks it done.
  const findCampaign = async () =>
    (await payload.find({ collection: 'campaigns', where: { slug: { equals: HISTORY_CAMPAIGN_SLUG } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const marker = await payload.count({ collection: 'users', where: { email: { equals: HISTORY_FACILITATOR.email } }, overrideAccess: true })
  if (marker.totalDocs > 0) return describeExisting(payload, String((await findCampaign())?.id ?? ''))
  // Its certificats are signed by the organisation's settings: filled first when nobody has yet.
  await seedOrganisation(payload)

  const create = <T>(collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: collection as never, overrideAccess: true, data: data as never, ...extra }) as Promise<T & { id: string | number }>

  const programme = await create<{ id: string }>('programmes', {
    title: 'Culture & usages numériques',
    edition: '2013',
    summary: 'Trois jours pour comprendre le numérique et accompagner les personnes dans leurs usages.',
    objectives: [
      { text: 'Comprendre les enjeux de la culture numérique pour les personnes accompagnées' },
      { text: 'Accompagner une démarche administrative en ligne' },
      { text: 'Protéger ses données et celles des personnes' },
    ],
    audience: 'Toutes les fonctions des structures d’insertion : direction, encadrement, travail social, accueil, administratif, technique.',
    prerequisites: 'Aucun.',
    durationHours: 21,
    durationDays: 3,
    methods: 'Ateliers pratiques en espace ERIC, études de cas, mises en situation.',
    evaluation: 'Positionnement à l’entrée, auto-évaluation en fin de formation, questionnaires à chaud et à froid.',
    accessibility: 'Espaces accessibles aux personnes à mobilité réduite ; adaptations sur demande auprès de la coordination.',
    price: { amountPerDay: 1480, vatExempt: true },
    modules: [
      { title: 'Pourquoi le numérique nous concerne', kind: 'why', minutes: 210, protected: true },
      { title: 'Démarches en ligne et accès aux droits', kind: 'usages', minutes: 420 },
      { title: 'Outils du quotidien et sécurité', kind: 'outils', minutes: 420 },
      { title: 'Projet de structure', kind: 'projet', minutes: 210 },
    ],
    _status: 'published',
  })
  const eric = await create<{ id: string }>('eric-spaces', {
    name: 'ERIC La Fabrique (démo)',
    commune: 'Marseille',
    postalCode: '13003',
    departement: '13',
    email: 'fabrique@eric-demo.example.org',
  })
  const facilitator = await create<{ id: string }>(
    'users',
    { email: HISTORY_FACILITATOR.email, password: `demo-${Math.random().toString(36).slice(2)}`, name: HISTORY_FACILITATOR.name, role: 'facilitator', language: 'fr' },
    { context: { skipWelcomeMail: true } },
  )
  const structureIds: string[] = []
  for (const s of HISTORY_STRUCTURES) {
    const doc = await create<{ id: string }>('structures', {
      name: s.name,
      managingAssociation: s.association,
      type: s.type,
      headcountBand: '11-49',
      siret: makeSiret(s.siren, '0013'),
      idcc: '0413',
      street: s.type === 'chrs' ? '12 boulevard des Dames' : '40 rue de Lyon',
      commune: 'Marseille',
      postalCode: s.type === 'chrs' ? '13002' : '13015',
      departement: '13',
      contactStatus: 'trained',
    })
    structureIds.push(String(doc.id))
  }
  const known = await findCampaign()
  const campaign = known
    ? await payload.update({
        collection: 'campaigns',
        id: known.id,
        overrideAccess: true,
        data: {
          structures: [...((known.structures ?? []) as unknown[]).map((v) => String(typeof v === 'object' && v ? (v as { id: string }).id : v)), ...structureIds],
          ericSpaces: [...((known.ericSpaces ?? []) as unknown[]).map((v) => String(typeof v === 'object' && v ? (v as { id: string }).id : v)), String(eric.id)],
        },
      })
    : await create<{ id: string }>('campaigns', {
    title: 'Expérimentation 2013',
    slug: HISTORY_CAMPAIGN_SLUG,
    phase: 'experimentation',
    region: 'paca',
    startDate: '2013-06-01T00:00:00.000Z',
    endDate: '2014-01-31T00:00:00.000Z',
    summary: 'Première session avec deux structures marseillaises et un espace ERIC.',
    targets: { structures: 2, ericSpaces: 1 },
    structures: structureIds,
    ericSpaces: [eric.id],
  })
  const session = await create<{ id: string }>('sessions', {
    title: HISTORY_SESSION_TITLE,
    programme: programme.id,
    structures: structureIds,
    venue: eric.id,
    facilitators: [facilitator.id],
    slots: SLOTS,
    capacity: { min: 8, max: 14 },
    status: 'delivered',
  })
  const sessionId = String(session.id)

  const participantIds: string[] = []
  for (const [i, s] of HISTORY_STRUCTURES.entries()) {
    for (const person of s.people) {
      const slug = person.name.normalize('NFD').replace(/[^\w ]/g, '').toLowerCase().replace(/ /g, '.')
      const participant = await create<{ id: string }>('participants', {
        name: person.name,
        email: `${slug}@demo-2013.example.org`,
        structure: structureIds[i],
        jobRole: person.role,
        language: 'fr',
        consents: { data: true, image: false, testimony: Boolean(person.hot?.[4]) },
      })
      participantIds.push(String(participant.id))
      const enrolment = await create<{ id: string }>('enrolments', { session: sessionId, participant: participant.id, status: 'convened' })
      for (let slot = 0; slot < SLOTS.length; slot++) {
        const missed = person.missed?.includes(slot)
        const start = new Date(SLOTS[slot].start)
        await create('attendance', {
          enrolment: enrolment.id,
          slotIndex: slot,
          status: missed ? 'absent' : 'signed',
          signedAt: missed ? undefined : iso(new Date(start.getTime() + (5 + (participantIds.length % 7)) * 60_000)),
          method: 'e-sign',
          countersignedAt: iso(new Date(SLOTS[slot].end)),
          countersignedBy: facilitator.id,
        }, { context: { now: new Date(SLOTS[slot].end) } })
      }
      const respond = (kind: string, submittedAt: Date, answers: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
        create('survey-responses', {
          kind,
          session: sessionId,
          enrolment: enrolment.id,
          participant: participant.id,
          structure: structureIds[i],
          language: 'fr',
          submittedAt: iso(submittedAt),
          answers,
          respondentKey: `${sessionId}:${kind}:p${participant.id}`,
          ...extra,
        })
      if (person.hot) {
        const [overall, objectives, facilitation, useful, comments] = person.hot
        await respond('hot', at(2, 15, 30), [
          { key: 'overall', scale: overall },
          { key: 'objectives', scale: objectives },
          { key: 'facilitation', scale: facilitation },
          { key: 'useful', scale: useful },
          ...(comments ? [{ key: 'comments', text: comments }] : []),
        ])
      }
      if (person.cold) {
        const [applied, confidence, example] = person.cold
        await respond(
          'cold',
          at(62, 9),
          [{ key: 'applied', scale: applied }, { key: 'confidence', scale: confidence }, ...(example ? [{ key: 'example', text: example }] : []), ...(person.offer ? [{ key: 'second-training', choice: person.offer }] : [])],
          person.offer ? { secondTrainingInterest: person.offer } : {},
        )
      }
      if (person.role === 'direction') {
        await respond('director', at(9, 10), [{ key: 'effects', scale: 4 }, { key: 'organisation', scale: 5 }, { key: 'comments', text: 'Des échanges nouveaux entre l’accueil et les éducateurs.' }])
      }
    }
  }
  await create('survey-responses', {
    kind: 'facilitator',
    session: sessionId,
    respondent: facilitator.id,
    language: 'fr',
    submittedAt: iso(at(3, 9)),
    answers: [
      { key: 'group', scale: FACILITATOR_REPORT.scales[0] },
      { key: 'conditions', scale: FACILITATOR_REPORT.scales[1] },
      { key: 'objectives', scale: FACILITATOR_REPORT.scales[2] },
      { key: 'comments', text: FACILITATOR_REPORT.comment },
    ],
    respondentKey: `${sessionId}:facilitator:u${facilitator.id}`,
  })

  const fileIds: string[] = []
  for (const [i, s] of HISTORY_STRUCTURES.entries()) {
    // Written in its final state: the 2013 file is history, not a workflow to replay (no outbox event, no timer).
    // Written without hooks: the federation its structure's, as the field's hook would derive it.
    const structure = await payload.findByID({ collection: 'structures', id: structureIds[i], depth: 0, overrideAccess: true })
    const file = await payload.db.create({
      collection: 'funding-files',
      data: {
        federation: structure.federation,
        reference: `DF-2013-HIST${i + 1}`,
        structure: structureIds[i],
        session: sessionId,
        opco: 'uniformation',
        opcoRef: `UNI-2013-${4810 + i}`,
        submittedAt: iso(at(-35, 9)),
        requestedAmount: 2220,
        requestedHours: 21,
        requestedTrainees: s.people.length,
        agreedAmount: 2220,
        validUntil: '2013-12-31T00:00:00.000Z',
        remainder: 0,
        subrogation: true,
        checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true },
        evidence: { sheetsSigned: true, sheetsCountersigned: true, hoursComputed: true, certificatsSigned: true },
        reportValidated: true,
        status: 'closed',
        billingStatus: 'paid',
        deadline: iso(at(-14, 0)),
        sessionStart: iso(at(0, 7)),
        timerSeq: {},
      },
    })
    fileIds.push(String(file.id))
  }
  const asOf = at(5, 9)
  for (const fileId of fileIds) await generateFileDocuments(payload, fileId, DOC_TYPES.filter((t): t is FileDocType => t !== 'report'), asOf)
  const { reportId } = await buildSessionReportNow(payload, { sessionId, fileId: fileIds[0], trigger: 'cold_survey_closed' })
  await seedHistoryQuality(payload, { sessionId, structureId: structureIds[0], facilitatorId: String(facilitator.id), reportId })
  return { created: true, campaignId: String(campaign.id), sessionId, fileIds, structureIds, participantIds, reportId }
}

async function describeExisting(payload: Payload, campaignId: string): Promise<HistoryReport> {
  // Found by its title: the 2013 campaign may also hold the content seed's structures and their later sessions.
  const { docs: sessions } = await payload.find({ collection: 'sessions', where: { title: { equals: HISTORY_SESSION_TITLE } }, depth: 0, limit: 1, overrideAccess: true })
  const sessionId = String(sessions[0]?.id ?? '')
  const structureIds = ((sessions[0]?.structures ?? []) as unknown[]).map((v) => String(typeof v === 'object' && v ? (v as { id: string }).id : v))
  const { docs: files } = await payload.find({ collection: 'funding-files', where: { session: { equals: sessionId } }, depth: 0, pagination: false, overrideAccess: true })
  const { docs: people } = await payload.find({ collection: 'participants', where: { structure: { in: structureIds } }, depth: 0, pagination: false, overrideAccess: true })
  return { created: false, campaignId, sessionId, fileIds: files.map((f) => String(f.id)), structureIds, participantIds: people.map((p) => String(p.id)) }
}
