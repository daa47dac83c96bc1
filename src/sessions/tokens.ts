import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Personal links carry a random token; only its SHA-256 is stored, so a leaked database gives no working link.
 * 32 bytes = 256 bits of randomness (the floor is 128), written base64url: 43 characters, safe in a URL path.
 */
export const TOKEN_BYTES = 32
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export interface IssuedToken {
  /** Goes into the e-mail, never into the database. */
  token: string
  /** Goes into the database, never into the e-mail. */
  hash: string
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

export function generateToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** Shape check before any database look-up: a truncated or padded token is refused without a query. */
export const isWellFormedToken = (value: unknown): value is string =>
  typeof value === 'string' && TOKEN_PATTERN.test(value)

/** Constant-time comparison of a presented token with a stored hash (for callers that hold the row already). */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}
