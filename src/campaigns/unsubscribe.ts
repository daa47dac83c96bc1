import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The personal unsubscribe address of a campaign mail (RFC 8058 one-click). The token names the structure and the
 * address the mail went to, signed with the server's secret (HMAC-SHA-256): nothing to store, nothing to guess, and
 * the POST needs no cookie or login, as RFC 8058 requires. The address is kept so the record says who asked.
 */

const PURPOSE = 'campaign-unsubscribe'
/** 24 bytes of the MAC (192 bits): ample against forgery, short enough for an unfolded header. */
const MAC_BYTES = 24

export interface UnsubscribeClaim {
  structureId: string
  email: string
}

const mac = (secret: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`${PURPOSE}:${body}`).digest().subarray(0, MAC_BYTES)

export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const body = Buffer.from(JSON.stringify([claim.structureId, claim.email.toLowerCase()]), 'utf8').toString('base64url')
  return `${body}.${mac(secret, body).toString('base64url')}`
}

/** The claim of a genuine token; undefined for anything else (altered, truncated, another secret). */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | undefined {
  const m = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{32})$/.exec(token)
  if (!m) return undefined
  const given = Buffer.from(m[2], 'base64url')
  const expected = mac(secret, m[1])
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'))
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string')
      return { structureId: value[0], email: value[1] }
  } catch {
    // a genuine MAC over something that is not our JSON: treated as invalid
  }
  return undefined
}

/** The path below the server URL (the structures collection's endpoint). */
export const UNSUBSCRIBE_PATH = '/api/structures/unsubscribe'

export const unsubscribeUrl = (serverUrl: string, secret: string, claim: UnsubscribeClaim): string =>
  `${serverUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}/${unsubscribeToken(secret, claim)}`

/** Kinds that are campaign (subscription-like) mail: they carry List-Unsubscribe and honour the opt-out. */
export const CAMPAIGN_MAIL_KINDS: ReadonlySet<string> = new Set(['campaign.kit'])
