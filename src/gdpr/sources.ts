import type { CollectionSlug, Where } from 'payload'
import type { Subject } from './subject'

/**
 * Where essaim holds data about a person, kind by kind: the export reads every source of the subject's type, the
 * erasure and the tests walk the same list, so a new kind of record is added here once.
 */
export interface Source {
  key: string
  label: { fr: string; en: string }
  collection: CollectionSlug
  /** The records of this kind about the subject (`record` is the subject's own record). */
  where: (subject: Subject, record: Record<string, unknown>) => Where
  /** Fields never exported (secrets). */
  omit?: readonly string[]
}

const by = (field: string) => (subject: Subject): Where => ({ [field]: { equals: subject.id } })
const emailOf = (record: Record<string, unknown>) => (typeof record.email === 'string' ? record.email : '\u0000')

export const PARTICIPANT_SOURCES: readonly Source[] = [
  { key: 'enrolments', label: { fr: 'Inscriptions', en: 'Enrolments' }, collection: 'enrolments', where: by('participant') },
  { key: 'attendance', label: { fr: 'Émargements', en: 'Attendance lines' }, collection: 'attendance', where: by('participant') },
  { key: 'surveyResponses', label: { fr: 'Réponses aux questionnaires', en: 'Survey answers' }, collection: 'survey-responses', where: by('participant') },
  // The token's hash is a secret: the link is listed without it.
  { key: 'personalLinks', label: { fr: 'Liens personnels', en: 'Personal links' }, collection: 'personal-links', where: by('participant'), omit: ['tokenHash'] },
  {
    key: 'deliveries',
    label: { fr: 'E-mails envoyés', en: 'Mails sent' },
    collection: 'notifications',
    where: (_s, record) => ({ recipientEmail: { equals: emailOf(record) } }),
  },
  {
    key: 'requests',
    label: { fr: 'Demandes RGPD', en: 'GDPR requests' },
    collection: 'personal-data-requests',
    where: (s): Where => ({ and: [{ subjectType: { equals: 'participant' } }, { subjectId: { equals: s.id } }] }),
  },
]

export const USER_SOURCES: readonly Source[] = [
  { key: 'facilitatorProfiles', label: { fr: 'Fiches animateur', en: 'Facilitator profiles' }, collection: 'facilitators', where: by('user') },
  { key: 'sessionsFacilitated', label: { fr: 'Sessions animées', en: 'Sessions facilitated' }, collection: 'sessions', where: (s) => ({ facilitators: { contains: s.id } }) },
  { key: 'countersignatures', label: { fr: 'Émargements contresignés', en: 'Attendance countersigned' }, collection: 'attendance', where: by('countersignedBy') },
  { key: 'surveyResponses', label: { fr: 'Réponses aux questionnaires', en: 'Survey answers' }, collection: 'survey-responses', where: by('respondent') },
  { key: 'personalLinks', label: { fr: 'Liens personnels', en: 'Personal links' }, collection: 'personal-links', where: by('user'), omit: ['tokenHash'] },
  {
    key: 'deliveries',
    label: { fr: 'E-mails envoyés', en: 'Mails sent' },
    collection: 'notifications',
    where: (s, record): Where => ({ or: [{ recipientUser: { equals: s.id } }, { recipientEmail: { equals: emailOf(record) } }] }),
  },
  { key: 'auditEntries', label: { fr: 'Historique des dossiers (actions du compte)', en: 'File history (the account’s actions)' }, collection: 'audit-events', where: by('actor') },
  { key: 'imports', label: { fr: 'Imports lancés', en: 'Imports started' }, collection: 'structure-imports', where: by('startedBy') },
  {
    key: 'requests',
    label: { fr: 'Demandes RGPD', en: 'GDPR requests' },
    collection: 'personal-data-requests',
    where: (s): Where => ({ or: [{ and: [{ subjectType: { equals: 'user' } }, { subjectId: { equals: s.id } }] }, { requestedBy: { equals: s.id } }] }),
  },
]

export const sourcesOf = (subject: Subject): readonly Source[] => (subject.type === 'participant' ? PARTICIPANT_SOURCES : USER_SOURCES)

/** Account fields that are secrets or session state, never exported. */
export const USER_SECRETS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions', 'loginAttempts', 'lockUntil', 'apiKey', 'apiKeyIndex']
