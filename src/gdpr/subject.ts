import type { Payload, PayloadRequest } from 'payload'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import { federationOf } from '../documents/federation-of'
import { documentId } from '../validation/request-fields'
import { says } from '../validation/request-issues'

/** Whose data a request is about: a participant (no account) or a user account. */
export type SubjectType = 'participant' | 'user'
export interface Subject {
  type: SubjectType
  id: string
}

/** The request names its subject by `{participant: id}` or `{user: id}`, exactly one of them. */
export const subjectFields = { participant: documentId.optional(), user: documentId.optional() }
export const hasOneSubject = (v: { participant?: string; user?: string }): boolean => (v.participant === undefined) !== (v.user === undefined)
export const ONE_SUBJECT = {
  ...says('indiquez soit « participant », soit « user » (un seul)', 'give either "participant" or "user" (exactly one)'),
  path: ['participant'],
}

export const subjectOf = (input: { participant?: string; user?: string }): Subject =>
  input.participant !== undefined ? { type: 'participant', id: input.participant } : { type: 'user', id: input.user ?? '' }

/** « No participant (account) with id … », in French and English: an unknown id, or one out of the caller's reach. */
export const unknownSubject = (subject: Subject): { fr: string; en: string } =>
  subject.type === 'participant'
    ? { fr: `Aucun participant avec l’identifiant ${subject.id}`, en: `no participant with id ${subject.id}` }
    : { fr: `Aucun compte avec l’identifiant ${subject.id}`, en: `no account with id ${subject.id}` }

export const collectionOf = (subject: Subject): 'participants' | 'users' => (subject.type === 'participant' ? 'participants' : 'users')

/**
 * The address an anonymised record keeps (the field is required and validated as an e-mail): `.invalid` is a
 * reserved top-level domain (RFC 2606), so nothing can ever be sent to it.
 */
export const anonymousEmail = (subject: Subject): string => `efface-${subject.type}-${subject.id}@anonyme.invalid`
export const isAnonymousEmail = (email: unknown): boolean => typeof email === 'string' && email.endsWith('@anonyme.invalid')

export const ANONYMOUS_NAME = { participant: 'Participant anonymisé', user: 'Compte anonymisé' } as const

/** The record itself, or undefined when the id names nothing. */
export async function loadSubject(payload: Payload, subject: Subject, req?: PayloadRequest): Promise<Record<string, unknown> | undefined> {
  const found = await payload.find({
    collection: collectionOf(subject),
    where: { id: { equals: subject.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs[0] as unknown as Record<string, unknown> | undefined
}

export interface Requester {
  id?: string
  name?: string
}

/**
 * The federation a request belongs to: its subject's (a participant's structure's, an account's only federation or
 * its structure's, a file's own). None for an account of no federation (an admin): admins alone read that line.
 */
async function federationOfSubject(payload: Payload, type: SubjectType | 'funding-file', id: string, req?: PayloadRequest): Promise<string | undefined> {
  if (type === 'funding-file') return federationOf(payload, [{ collection: 'funding-files', id }], req)
  const doc = await loadSubject(payload, { type, id }, req)
  if (type === 'participant') return federationOf(payload, [{ collection: 'structures', id: relationId(doc?.structure) }], req)
  const own = relationIds(doc?.federations)
  if (own.length === 1) return own[0]
  return federationOf(payload, relationIds(doc?.structures).map((structure) => ({ collection: 'structures' as const, id: structure })), req)
}

/** One line of the register of GDPR requests (collections/personal-data-requests). */
export async function recordRequest(
  payload: Payload,
  entry: { kind: 'export' | 'erasure' | 'purge'; subjectType: SubjectType | 'funding-file'; subjectId: string; at: Date; by?: Requester; outcome?: Record<string, unknown> },
  req?: PayloadRequest,
): Promise<void> {
  await payload.create({
    collection: 'personal-data-requests',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      kind: entry.kind,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      federation: await federationOfSubject(payload, entry.subjectType, entry.subjectId, req),
      at: entry.at.toISOString(),
      requestedBy: entry.by?.id,
      requestedByName: entry.by?.name ?? 'essaim (automatique)',
      outcome: entry.outcome,
    },
  })
}
