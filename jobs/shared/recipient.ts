import type { Payload } from 'payload'
import type { RecipientRole } from '../../src/workflow/notification-kinds'
import type { MailRequest } from './mail-request'

/** One person a mail goes to, as the recipients resolver and the sessions module both produce it. */
export interface ResolvedRecipient {
  /** Stable per person: user id, participant id, or the address for contacts without an account. */
  key: string
  address: string
  name?: string
  language: 'fr' | 'en'
  userId?: string
  /** What this person is to the file (some templates word things differently per audience). */
  role?: RecipientRole
  /** A personal page (participants' surveys and attendance), when the kind needs one. */
  link?: string
  /** When that page stops accepting answers (the link's expiry, ISO): the date a questionnaire mail promises. */
  linkOpenUntil?: string
}

/** Participants are resolved by the sessions module (personal links, who already answered); see session-facts. */
export type ParticipantResolver = (payload: Payload, request: MailRequest, sessionId: string | undefined) => Promise<ResolvedRecipient[]>
