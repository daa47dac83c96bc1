import type { Payload } from 'payload'
import { federationOf } from '../../src/documents/federation-of'
import { mergeOrganisationFacts, NOT_RECORDED, organisationFacts } from '../../src/documents/provider'
import { env } from '../../src/lib/env'

/** Who a message comes from: its From header, and the training organisation its footer names. */
export interface MailIdentity {
  /** Absent: the platform's sender (MAIL_FROM_NAME, MAIL_FROM_ADDRESS), the mail adapter's default. */
  from?: { name: string; address: string }
  organisationName?: string
  /** The federation's digital-mediation network, named in the campaign's kit. */
  networkName?: string
  networkLabel?: string
}

/** What a request is about: its file, else its session, else its structure (a campaign's kit) gives the federation. */
export interface MailSubject {
  /** Said outright when nothing else says it (one federation's digest). */
  federationId?: string
  fileId?: string
  sessionId?: string
  structureId?: string
}

/**
 * The identity of the mails about one subject, from its federation's settings (collections/federations/settings.ts):
 * its sender name and address, each falling back to the platform's, and its training organisation's legal name
 * (its own, else the organisation settings'). A subject in no federation gets the platform's identity.
 */
export async function mailIdentity(payload: Payload, subject: MailSubject): Promise<MailIdentity> {
  const federationId = subject.federationId ?? await federationOf(payload, [
    { collection: 'funding-files', id: subject.fileId },
    { collection: 'sessions', id: subject.sessionId },
    { collection: 'structures', id: subject.structureId },
  ])
  const [platform, federation] = await Promise.all([
    payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true }),
    federationId ? payload.findByID({ collection: 'federations', id: federationId, depth: 0, overrideAccess: true, disableErrors: true }) : null,
  ])
  const name = organisationFacts(mergeOrganisationFacts(platform, federation?.organisation)).name
  const organisationName = name === NOT_RECORDED ? undefined : name
  const network = { networkName: federation?.networkName?.trim() || undefined, networkLabel: federation?.networkLabel?.trim() || undefined }
  const sender = federation?.mailSender
  const senderName = sender?.name?.trim()
  const senderAddress = sender?.address?.trim()
  if (!senderName && !senderAddress) return { organisationName, ...network }
  const platformSender = env().mailFrom
  return { organisationName, ...network, from: { name: senderName || platformSender.name, address: senderAddress || platformSender.address } }
}
