import PDFDocument from 'pdfkit'
import type { CollectionSlug, Payload } from 'payload'
import { storeFileDocument } from '../../src/documents/store'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'

/**
 * Two tenants side by side for the relationship-scope tests: structure A (the signed-in structure admin's, with
 * its ERIC space, facilitator, participant, enrolment, file, complaint and generated document) and structure B
 * with the same set, none of it readable by A's people. Created as the system (overrideAccess), like a seed.
 */
export interface ScopeWorld extends FileWorld {
  editor: { id: string; email: string }
  /** The ids of each tenant's documents, by collection. */
  own: Partial<Record<CollectionSlug, string>>
  foreign: Partial<Record<CollectionSlug, string>>
  /** Extra targets for the state rules. */
  cancelledOwnSession: string
  secondOwnSession: string
  publicMedia: string
  /** B's generated convocation (media id) and A's, each on its own file. */
  foreignConvocation: string
  ownConvocation: string
}

export const PASSWORD = 'motdepasse-test'

/** A real, tiny PDF (uploads are checked against their content). */
export function tinyPdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.text(text)
    doc.end()
  })
}

const idOf = (doc: { id: unknown }) => String(doc.id)

export async function createScopeWorld(payload: Payload): Promise<ScopeWorld> {
  const world = await createFileWorld(payload, new Date(), 60)
  const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    idOf(await payload.create({ collection, overrideAccess: true, context: { skipWelcomeMail: true }, data: data as never }))
  const tag = world.sessionId.slice(0, 8)
  const sessionA = await payload.findByID({ collection: 'sessions', id: world.sessionId, depth: 0, overrideAccess: true })
  const slots = (sessionA.slots ?? []).map((s) => ({ start: s.start, end: s.end, period: s.period }))
  const session = (title: string, structure: string, extra: Record<string, unknown> = {}) =>
    create('sessions', { title, structures: [structure], slots, ...extra })

  const editor = { email: `editor-${tag}@example.org`, id: '' }
  editor.id = await create('users', { email: editor.email, password: PASSWORD, name: 'Éditrice', role: 'editor', language: 'fr' })
  const otherFacilitatorUser = await create('users', { email: `trainer-b-${tag}@example.org`, password: PASSWORD, name: 'Animateur B', role: 'facilitator', language: 'fr' })
  const foreignEric = await create('eric-spaces', { name: `ERIC B ${tag}`, commune: 'Nice', postalCode: '06000', departement: '06', email: `eric-b-${tag}@example.org` })
  // A is paired with its ERIC space: A's admin reads it, and A's facilitator works there.
  await payload.update({ collection: 'structures', id: world.structureId, overrideAccess: true, data: { partnerEric: world.ericId } as never })
  const ownProfile = await create('facilitators', { name: 'Animateur A', user: world.users.facilitator.id, ericSpace: world.ericId })
  const foreignProfile = await create('facilitators', { name: 'Animateur B', user: otherFacilitatorUser, ericSpace: foreignEric })

  const foreignSession = await session(`Session B ${tag}`, world.otherStructureId, { venue: foreignEric })
  const cancelledOwnSession = await session(`Session A annulée ${tag}`, world.structureId, { status: 'cancelled' })
  const secondOwnSession = await session(`Session A bis ${tag}`, world.structureId, { venue: world.ericId })
  const participant = (name: string, structure: string) =>
    create('participants', { name, email: `${name.toLowerCase().replace(/\W+/g, '-')}-${tag}@example.org`, structure, jobRole: 'social-worker' })
  const ownParticipant = await participant('Ana A', world.structureId)
  const foreignParticipant = await participant('Bruno B', world.otherStructureId)
  const ownEnrolment = await create('enrolments', { session: world.sessionId, participant: ownParticipant, status: 'invited' })
  const foreignEnrolment = await create('enrolments', { session: foreignSession, participant: foreignParticipant, status: 'invited' })
  const file = (structure: string, sessionId: string) =>
    create('funding-files', { status: 'draft', billingStatus: 'none', structure, session: sessionId, requestedAmount: 4800, requestedTrainees: 10 })
  const ownFile = await file(world.structureId, world.sessionId)
  const foreignFile = await file(world.otherStructureId, foreignSession)
  const complaint = (structure: string, sessionId: string) =>
    create('complaints', { structure, session: sessionId, subject: 'Retard', description: 'Salle fermée', from: { name: 'X', role: 'participant' } })
  const ownComplaint = await complaint(world.structureId, world.sessionId)
  const foreignComplaint = await complaint(world.otherStructureId, foreignSession)

  const reference = async (id: string) => (await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })).reference ?? id
  const convocation = async (fileId: string, text: string) =>
    (await storeFileDocument(payload, { fileId, type: 'convocation', pdf: await tinyPdf(text), reference: await reference(fileId) })).mediaId
  const foreignConvocation = await convocation(foreignFile, 'Convocation de la structure B')
  const ownConvocation = await convocation(ownFile, 'Convocation de la structure A')
  const pdf = await tinyPdf('Kit public')
  const publicMedia = idOf(
    await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Kit public', audience: 'public' } as never,
      file: { data: pdf, mimetype: 'application/pdf', name: `kit-${tag}.pdf`, size: pdf.length },
    }),
  )

  // Another federation, created last (with several federations, a write must name or imply its federation).
  const foreignFederation = await create('federations', { name: `Fédération B ${tag}`, phase: 'pilot' })

  return {
    ...world,
    editor,
    cancelledOwnSession,
    secondOwnSession,
    publicMedia,
    foreignConvocation,
    ownConvocation,
    own: {
      structures: world.structureId,
      sessions: world.sessionId,
      'eric-spaces': world.ericId,
      facilitators: ownProfile,
      participants: ownParticipant,
      enrolments: ownEnrolment,
      'funding-files': ownFile,
      complaints: ownComplaint,
      media: ownConvocation,
      users: world.users.structureAdmin.id,
    },
    foreign: {
      structures: world.otherStructureId,
      sessions: foreignSession,
      'eric-spaces': foreignEric,
      facilitators: foreignProfile,
      participants: foreignParticipant,
      enrolments: foreignEnrolment,
      'funding-files': foreignFile,
      complaints: foreignComplaint,
      media: foreignConvocation,
      users: world.users.otherAdmin.id,
      federations: foreignFederation,
    },
  }
}
