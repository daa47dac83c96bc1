import type { JobRole } from '../sessions/job-roles'

/**
 * Everything a generated document states, gathered once from the database (src/documents/load-facts.ts) into plain values.
 * Builders are pure functions of these facts: the same facts give the same PDF.
 */
export interface ProviderFacts {
  name: string
  /** One line: street, postal code and town. */
  address: string
  /** The town documents are « faits à ». */
  city?: string
  siret: string
  /** Numéro de déclaration d'activité (NDA). */
  nda: string
  /** The Qualiopi certificate's number, its certification body and the day it expires. */
  qualiopiCertificate?: string
  qualiopiCertifier?: string
  qualiopiExpiresOn?: Date
  /** Who signs the certificats, and in what capacity (« Présidente »). */
  signatory: string
  signatoryTitle: string
  contactEmail?: string
  contactPhone?: string
}

export interface SlotFacts {
  index: number
  start: Date
  end: Date
  period: 'am' | 'pm'
}

export interface AttendanceMark {
  slotIndex: number
  status: 'signed' | 'absent'
  signedAt?: Date
  method?: 'e-sign' | 'paper-scan'
  countersignedAt?: Date
}

export interface ParticipantFacts {
  id: string
  name: string
  email: string
  jobRole?: JobRole
  structureName?: string
  enrolmentStatus: string
  hoursAttended: number
  marks: AttendanceMark[]
}

export interface ProgrammeFacts {
  title: string
  edition?: string
  objectives: string[]
  audience?: string
  prerequisites?: string
  durationHours: number
  durationDays?: number
  methods?: string
  evaluation?: string
  accessibility?: string
  amountPerDay?: number
  vatExempt: boolean
  modules: { title: string; minutes: number; objectives?: string }[]
}

export interface DocumentFacts {
  /** The moment the facts were read: the documents' date. */
  asOf: Date
  provider: ProviderFacts
  file: {
    id: string
    reference: string
    opco?: string
    opcoLabel?: string
    opcoRef?: string
    submittedAt?: Date
    requestedAmount?: number
    requestedHours?: number
    requestedTrainees?: number
    agreedAmount?: number
    validUntil?: Date
    subrogation: boolean
    remainder?: number
  }
  structure: {
    name: string
    siret?: string
    idcc?: string
    address: string
    managingAssociation?: string
  }
  session: {
    id: string
    title: string
    venueName?: string
    venueAddress?: string
    facilitators: string[]
    slots: SlotFacts[]
  }
  programme: ProgrammeFacts
  participants: ParticipantFacts[]
}

/** Total length of the session's half-days, in hours. */
export const sessionHours = (slots: readonly Pick<SlotFacts, 'start' | 'end'>[]): number =>
  slots.reduce((sum, s) => sum + (s.end.getTime() - s.start.getTime()) / 3_600_000, 0)
