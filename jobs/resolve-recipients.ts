import type { Payload } from 'payload'
import type { MailRequest } from './mail-request'

export interface ResolvedRecipient {
  /** Stable per person: user id, or the address for people without an account. */
  key: string
  address: string
  name?: string
  language: 'fr' | 'en'
  userId?: string
}

interface UserRow {
  id: string | number
  email?: string | null
  name?: string | null
  language?: string | null
}

const fromUser = (user: UserRow): ResolvedRecipient | undefined =>
  user.email
    ? {
        key: `u${user.id}`,
        address: user.email,
        name: user.name ?? undefined,
        language: user.language === 'en' ? 'en' : 'fr',
        userId: String(user.id),
      }
    : undefined

/** Turns a request's roles, user ids and addresses into people, once each, in their own language. */
export async function resolveRecipients(payload: Payload, request: MailRequest): Promise<ResolvedRecipient[]> {
  const found: ResolvedRecipient[] = []
  if (request.userIds?.length) {
    const users = await payload.find({
      collection: 'users',
      where: { id: { in: request.userIds } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    found.push(...users.docs.map((u) => fromUser(u as UserRow)).filter((r) => r !== undefined))
  }
  if (request.roles?.includes('coordinators')) {
    const staff = await payload.find({
      collection: 'users',
      where: { role: { in: ['coordinator'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    found.push(...staff.docs.map((u) => fromUser(u as UserRow)).filter((r) => r !== undefined))
  }
  for (const a of request.addresses ?? []) {
    found.push({ key: a.address.toLowerCase(), address: a.address, name: a.name, language: a.language ?? 'fr' })
  }
  const seen = new Set<string>()
  return found.filter((r) => (seen.has(r.address.toLowerCase()) ? false : (seen.add(r.address.toLowerCase()), true)))
}
