import { KIND_LABELS } from '../../email/labels'
import type { NotificationKind } from '../../workflow/notification-kinds'
import { clock, csvPart, day } from './csv'
import { labelsOf } from './scope'
import type { Bilingual, EvidencePart, EvidenceScope } from './types'

const STATUS_FR: Record<string, string> = { queued: 'En file', sent: 'Envoyé', failed: 'Échec' }

/**
 * The delivery log's rows of some kinds of mail about the period's funding files: who was written to, as whom,
 * when, and whether it went out. Every mail essaim sends is logged before it is sent (collections/notifications).
 */
export async function deliveriesPart(scope: EvidenceScope, name: string, what: Bilingual, kinds: readonly NotificationKind[]): Promise<EvidencePart> {
  const fileIds = scope.files.map((f) => String(f.id))
  const { docs } = fileIds.length
    ? await scope.payload.find({
        collection: 'notifications',
        where: { and: [{ file: { in: fileIds } }, { kind: { in: [...kinds] } }] },
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        overrideAccess: true,
      })
    : { docs: [] }
  const reference = new Map(scope.files.map((f) => [String(f.id), f.reference ?? '']))
  const structures = await labelsOf(scope.payload, 'structures', docs.map((d) => d.structure as string | undefined), 'name')
  const rows = docs.map((d) => {
    const at = d.sentAt ?? d.lastAttemptAt ?? d.createdAt
    return [
      day(at),
      clock(at),
      KIND_LABELS[d.kind as NotificationKind]?.fr ?? d.kind,
      d.recipientEmail,
      d.recipientRole ?? '',
      reference.get(String(d.file)) ?? '',
      structures.get(String(d.structure)) ?? '',
      d.subject ?? '',
      STATUS_FR[d.status] ?? d.status,
      d.attempts ?? 0,
    ]
  })
  const header = [
    'Date / Date',
    'Heure / Time',
    'Message / Message',
    'Destinataire / Recipient',
    'En tant que / As',
    'Dossier / File',
    'Structure / Structure',
    'Objet / Subject',
    'État / Status',
    'Tentatives / Attempts',
  ]
  return csvPart(name, what, header, rows)
}
