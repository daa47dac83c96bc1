/** Personal links: random 256-bit tokens stored as SHA-256, scoped to a session and purpose, expiring. */
import { describe, expect, it } from '@jest/globals'
import { linkExpiry, refusalOf, type StoredLink } from '../../../src/sessions/link-purposes'
import { generateToken, hashToken, isWellFormedToken, tokenMatches } from '../../../src/sessions/tokens'

const DAY = 86_400_000
const span = { start: new Date('2026-10-12T07:00:00.000Z'), end: new Date('2026-10-14T15:00:00.000Z') }

describe('tokens', () => {
  it('are 43 base64url characters (256 bits), different every time, and stored only as their SHA-256', () => {
    const a = generateToken()
    const b = generateToken()
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32)
    expect(a.token).not.toBe(b.token)
    expect(a.hash).toBe(hashToken(a.token))
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(a.hash).not.toContain(a.token)
  })

  it('do not match once a single character is changed', () => {
    const { token, hash } = generateToken()
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    expect(tokenMatches(token, hash)).toBe(true)
    expect(tokenMatches(tampered, hash)).toBe(false)
  })

  it('are refused before any look-up when truncated, padded or not a string', () => {
    const { token } = generateToken()
    expect(isWellFormedToken(token)).toBe(true)
    expect(isWellFormedToken(token.slice(1))).toBe(false)
    expect(isWellFormedToken(`${token}=`)).toBe(false)
    expect(isWellFormedToken(`${token.slice(1)}/`)).toBe(false)
    expect(isWellFormedToken(undefined)).toBe(false)
  })
})

describe('expiry', () => {
  const issued = new Date('2026-09-28T10:00:00.000Z')
  it('closes each purpose when what it serves closes (domain §5 timers)', () => {
    expect(linkExpiry('attendance', span, issued)).toEqual(new Date(span.end.getTime() + DAY))
    expect(linkExpiry('survey-positioning', span, issued)).toEqual(span.start)
    expect(linkExpiry('survey-hot', span, issued)).toEqual(new Date(span.end.getTime() + 10 * DAY))
    expect(linkExpiry('survey-cold', span, issued)).toEqual(new Date(span.end.getTime() + 81 * DAY))
  })
  it('gives a late reminder’s link at least two days, except past the start for positioning', () => {
    const late = new Date(span.end.getTime() + 9 * DAY)
    expect(linkExpiry('survey-hot', span, late)).toEqual(new Date(late.getTime() + 2 * DAY))
    expect(linkExpiry('survey-positioning', span, new Date(span.start.getTime() - DAY))).toEqual(span.start)
  })
})

describe('scope', () => {
  const link: StoredLink = { sessionId: 's1', purpose: 'survey-hot', expiresAt: new Date('2026-10-24T15:00:00.000Z') }
  const now = new Date('2026-10-15T10:00:00.000Z')
  const expect1 = { sessionId: 's1', purposes: ['survey-hot'] as const }

  it('lets a valid link act for its own session and purpose', () => {
    expect(refusalOf(link, expect1, now)).toBeUndefined()
  })
  it('refuses another session, another purpose, after expiry, when revoked, and a spent one-shot link', () => {
    expect(refusalOf(link, { ...expect1, sessionId: 's2' }, now)).toBe('wrong-session')
    expect(refusalOf(link, { sessionId: 's1', purposes: ['attendance'] }, now)).toBe('wrong-purpose')
    expect(refusalOf(link, expect1, link.expiresAt)).toBe('expired')
    expect(refusalOf({ ...link, revokedAt: now }, expect1, now)).toBe('revoked')
    expect(refusalOf({ ...link, usedAt: now }, expect1, now)).toBe('used')
  })
  it('lets an attendance link serve again (one signature per half-day is enforced on the sheet)', () => {
    const attendance: StoredLink = { ...link, purpose: 'attendance', usedAt: now }
    expect(refusalOf(attendance, { sessionId: 's1', purposes: ['attendance'] }, now)).toBeUndefined()
  })
})
