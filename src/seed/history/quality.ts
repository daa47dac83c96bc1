import type { Payload, Where } from 'payload'

/**
 * The 2013 session's quality records (Qualiopi ind. 31 and 32): the CHRS director's complaint about two missing
 * computers on the Wednesday (acknowledged the next day, answered within a week), and the two improvement actions
 * the coordination drew from it and from the answers (facilitator's report, a trainee's hot comment, the report).
 */
export async function seedHistoryQuality(
  payload: Payload,
  args: { sessionId: string; structureId: string; facilitatorId: string; reportId?: string },
): Promise<{ complaintId: string; actionIds: string[] }> {
  const response = async (kind: string, participantName?: string) => {
    const participant = participantName
      ? (await payload.find({ collection: 'participants', where: { and: [{ name: { equals: participantName } }, { structure: { equals: args.structureId } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
      : undefined
    const where: Where = { and: [{ session: { equals: args.sessionId } }, { kind: { equals: kind } }, ...(participant ? [{ participant: { equals: participant.id } }] : [])] }
    return (await payload.find({ collection: 'survey-responses', where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  }
  const [facilitatorReport, hotComment] = await Promise.all([response('facilitator'), response('hot', 'Thomas Girard')])
  const coordinator = (await payload.find({ collection: 'users', where: { email: { equals: 'coordination@essaim.local' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]

  const complaint = await payload.create({
    collection: 'complaints',
    overrideAccess: true,
    data: {
      receivedAt: '2013-10-17T08:30:00.000Z',
      channel: 'email',
      from: { name: 'Nadia Ferhat', role: 'structure' },
      structure: args.structureId,
      session: args.sessionId,
      subject: 'Postes informatiques manquants le mercredi',
      description:
        'Le mercredi 16 octobre, deux postes manquaient dans la salle : deux salariées ont dû travailler à deux sur un ordinateur pendant l’atelier sur les démarches en ligne.',
      acknowledgedAt: '2013-10-18T09:00:00.000Z',
      answer:
        'Nous vous prions de nous excuser. L’espace ERIC a confirmé la panne de deux postes ce jour-là. Les deux salariées concernées sont invitées à refaire l’atelier lors de la prochaine session, et le matériel sera désormais vérifié la veille de chaque session.',
      answeredAt: '2013-10-24T14:00:00.000Z',
      status: 'answered',
    },
  })
  const equipment = await payload.create({
    collection: 'improvement-actions',
    overrideAccess: true,
    data: {
      title: 'Vérifier le matériel de la salle la veille de chaque session',
      description: 'L’animateur ERIC contrôle les postes, la connexion et le vidéoprojecteur à J−1 et signale tout manque à la coordination ; un poste de secours est prévu.',
      sources: [
        { relationTo: 'complaints', value: complaint.id },
        ...(facilitatorReport ? [{ relationTo: 'survey-responses' as const, value: facilitatorReport.id }] : []),
      ],
      decidedAt: '2013-10-24T00:00:00.000Z',
      owner: args.facilitatorId,
      dueDate: '2013-11-30T00:00:00.000Z',
      status: 'done',
      doneAt: '2013-11-15T00:00:00.000Z',
      outcome: 'Vérification à J−1 ajoutée à la fiche logistique de l’espace ERIC, appliquée dès la session suivante : aucun poste manquant depuis.',
    },
  })
  const tools = await payload.create({
    collection: 'improvement-actions',
    overrideAccess: true,
    data: {
      title: 'Allonger la partie « outils du quotidien » du programme',
      description: 'Plusieurs stagiaires jugent la partie outils trop courte : passer le module 3 de 7 h à 8 h 30 en resserrant le projet de structure.',
      sources: [
        ...(hotComment ? [{ relationTo: 'survey-responses' as const, value: hotComment.id }] : []),
        ...(args.reportId ? [{ relationTo: 'reports' as const, value: args.reportId }] : []),
      ],
      decidedAt: '2013-12-19T00:00:00.000Z',
      owner: coordinator?.id,
      dueDate: '2014-03-31T00:00:00.000Z',
      status: 'in_progress',
    },
  })
  return { complaintId: String(complaint.id), actionIds: [String(equipment.id), String(tools.id)] }
}
