import type { PayloadRequest } from 'payload'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import { isStaff } from './roles'
import type { BilingualLabel } from './reference-scope-fields'

type Doc = Record<string, unknown>

/** What a state rule sees: the writer, the collection written, and the document as it will be after the write. */
export interface ScopeContext {
  req: PayloadRequest
  collection: string
  doc: Doc
}

/** A rule on a target the writer may read: undefined when it is fine, else what is wrong (after « Label : »). */
export type TargetRule = (target: Doc, ctx: ScopeContext) => BilingualLabel | undefined

/** A session no one may still attach things to: called off, or over. */
const CLOSED_SESSION_STATUSES: readonly string[] = ['cancelled', 'delivered']

const sessionOpen: TargetRule = (session) =>
  CLOSED_SESSION_STATUSES.includes(String(session.status))
    ? { fr: 'cette session est annulée ou déjà réalisée', en: 'this session is cancelled or already delivered' }
    : undefined

/** The session must be one of the document's structure (when the document names one). */
const sessionOfDocStructure: TargetRule = (session, { doc }) => {
  const structure = relationId(doc.structure)
  if (!structure || relationIds(session.structures).includes(structure)) return undefined
  return { fr: 'cette session n’est pas ouverte à cette structure', en: 'this session is not open to this structure' }
}

/** The name a generated document of a file starts with (src/documents/store.ts names them `<ref>-<type>-v<n>.pdf`). */
export const generatedNamePrefix = (reference: string): string => `${reference}-`.replace(/[^\w.-]+/g, '-')

/**
 * Whether a media record is a document generated for this funding file: reserved to the file's structure and
 * named after the file's reference. Used by the scope check and by the download endpoint.
 */
export function isGeneratedForFile(media: Doc, file: { structure?: unknown; reference?: unknown }): boolean {
  const structure = relationId(file.structure)
  const reference = typeof file.reference === 'string' ? file.reference : ''
  return (
    media.audience === 'structure' &&
    structure !== undefined &&
    relationId(media.structure) === structure &&
    reference !== '' &&
    typeof media.filename === 'string' &&
    media.filename.startsWith(generatedNamePrefix(reference))
  )
}

/**
 * A file's document entries: coordinators may attach a document reserved to the file's structure (an uploaded
 * quote, agreement…); anyone else only one that essaim generated for this very file.
 */
const documentOfThisFile: TargetRule = (media, { req, doc }) => {
  const structure = relationId(doc.structure)
  const ok = isStaff(req)
    ? media.audience === 'structure' && structure !== undefined && relationId(media.structure) === structure
    : isGeneratedForFile(media, doc)
  return ok ? undefined : { fr: 'ce document n’a pas été produit pour ce dossier', en: 'this document was not generated for this file' }
}

/** A structure's reserved document (attendance sheets, certificates: personal data) is never shown elsewhere. */
const notAStructureDocument: TargetRule = (media) =>
  media.audience === 'structure'
    ? {
        fr: 'ce fichier est un document réservé à une structure et ne peut pas être utilisé ici',
        en: 'this file is a document reserved to one structure and cannot be used here',
      }
    : undefined

/** Extra rules per `collection.fieldPath`, on top of « the writer may read the target ». */
export const FIELD_RULES: Record<string, readonly TargetRule[]> = {
  'funding-files.session': [sessionOpen, sessionOfDocStructure],
  'funding-files.documents.file': [documentOfThisFile],
  'enrolments.session': [sessionOpen],
  'complaints.session': [sessionOfDocStructure],
}

/**
 * References checked again, although unchanged, when the write changes a field their rule reads: a file moved to
 * another structure must still point at a session open to it.
 */
export const RECHECK_WHEN_CHANGED: Record<string, readonly string[]> = {
  'funding-files.session': ['structure'],
  'complaints.session': ['structure'],
}

/** Fields where a structure's reserved media belongs (each has its own rule above or is written by the system only). */
const STRUCTURE_DOCUMENT_FIELDS: readonly string[] = ['funding-files.documents.file', 'reports.pdf']

/** The rules of one reference: those of its field, plus the media rule everywhere else. */
export function rulesFor(collection: string, path: string, target: string): readonly TargetRule[] {
  const key = `${collection}.${path}`
  const own = FIELD_RULES[key] ?? []
  return target === 'media' && !STRUCTURE_DOCUMENT_FIELDS.includes(key) ? [...own, notAStructureDocument] : own
}

/** How the generic refusal names a target, by collection (« cette session » / "this session"). */
export const TARGET_NAMES: Record<string, BilingualLabel> = {
  sessions: { fr: 'cette session', en: 'this session' },
  structures: { fr: 'cette structure', en: 'this structure' },
  participants: { fr: 'ce participant', en: 'this participant' },
  enrolments: { fr: 'cette inscription', en: 'this enrolment' },
  media: { fr: 'ce fichier', en: 'this file' },
  users: { fr: 'ce compte', en: 'this account' },
  'eric-spaces': { fr: 'cet espace ERIC', en: 'this ERIC space' },
  facilitators: { fr: 'ce profil d’animateur', en: 'this facilitator profile' },
  programmes: { fr: 'ce programme', en: 'this programme' },
  campaigns: { fr: 'cette campagne', en: 'this campaign' },
  'funding-files': { fr: 'ce dossier', en: 'this funding file' },
  complaints: { fr: 'cette réclamation', en: 'this complaint' },
  'survey-responses': { fr: 'cette réponse', en: 'this answer' },
  reports: { fr: 'ce bilan', en: 'this report' },
  federations: { fr: 'cette fédération', en: 'this federation' },
}
