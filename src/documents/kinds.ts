/**
 * The documents essaim generates and stores on a funding file (`documents[].type`), next to the ones people upload
 * (quote, agreement, APC…). The keys are the stored values; each has a French and an English label.
 */
export const GENERATED_DOCUMENTS = {
  convocation: { fr: 'Convocations', en: 'Invitations to attend' },
  attendanceSheet: { fr: "Feuilles d'émargement", en: 'Attendance sheets' },
  attestation: { fr: 'Attestations de fin de formation', en: 'End-of-training certificates' },
  certificat: { fr: 'Certificats de réalisation', en: 'Certificates of completion' },
  dpcPack: { fr: 'Dossier de demande de prise en charge', en: 'Funding request pack' },
  report: { fr: 'Bilan de session', en: 'Session report' },
} as const

export type DocType = keyof typeof GENERATED_DOCUMENTS
export const DOC_TYPES = Object.keys(GENERATED_DOCUMENTS) as DocType[]
/** The documents made from a file's facts (the report comes from its own flow). */
export type FileDocType = Exclude<DocType, 'report'>

export const isDocType = (value: unknown): value is DocType =>
  // Own keys only: `__proto__` or `constructor` are « in » every object.
  typeof value === 'string' && Object.hasOwn(GENERATED_DOCUMENTS, value)

/** What the workflow plan asks for (`plan.generate`) → the documents built for it. */
export const PLAN_DOCUMENTS: Record<'dpc_pack' | 'convocations' | 'attestations_draft' | 'certificats_draft', FileDocType[]> = {
  dpc_pack: ['dpcPack'],
  convocations: ['convocation'],
  // At the end of the session the sheets are complete: they are printed with the attestations.
  attestations_draft: ['attendanceSheet', 'attestation'],
  certificats_draft: ['certificat'],
}
