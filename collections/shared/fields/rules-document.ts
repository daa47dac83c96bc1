import type { PayloadRequest, UploadField } from 'payload'
import { relationId } from '../relation-ids'
import { bilingual, type ValidationResult } from '../../../src/validation/messages'

/**
 * The house rules (règlement intérieur) participants are sent to by their convocation and personal page. Their page
 * is opened by a personal link without an account, so the file must be one anyone may read: a public PDF.
 */
export async function validateRulesDocument(value: unknown, req: PayloadRequest): Promise<ValidationResult> {
  const id = relationId(value)
  if (!id) return true
  const media = await req.payload
    .findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!media) return bilingual('Ce fichier n’existe plus', 'this file no longer exists')
  if (media.mimeType !== 'application/pdf') return bilingual('Le règlement intérieur doit être un PDF', 'the house rules must be a PDF')
  if (media.audience !== 'public')
    return bilingual(
      'Le règlement intérieur doit être un fichier « Public » : les participants l’ouvrent depuis leur page personnelle, sans compte',
      'the house rules must be a "Public" file: participants open it from their personal page, without an account',
    )
  return true
}

/** The upload field, a fresh object per call: the global and each federation hold their own (Payload writes into it). */
export const rulesDocumentField = (): UploadField => ({
  name: 'rulesDocument',
  type: 'upload',
  relationTo: 'media',
  label: { fr: 'Règlement intérieur (PDF)', en: 'House rules (PDF)' },
  validate: (value: unknown, { req }: { req: PayloadRequest }) => validateRulesDocument(value, req),
  admin: {
    description: {
      fr: 'Remis à chaque participant : sa convocation et sa page personnelle y renvoient. Un PDF « Public ».',
      en: 'Given to every participant: their convocation and personal page link to it. A "Public" PDF.',
    },
  },
})
