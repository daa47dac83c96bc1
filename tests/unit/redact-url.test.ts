import { describe, expect, it } from '@jest/globals'
import { withoutCredentials } from '../../src/lib/redact-url'

describe('withoutCredentials', () => {
  it('hides a password and a user name, keeps where it goes', () => {
    expect(withoutCredentials('redis://default:s3cret@redis.internal:6379/2')).toBe('redis://***@redis.internal:6379/2')
    expect(withoutCredentials('rediss://:only-pass@cache:6380')).toBe('rediss://***@cache:6380')
  })
  it('leaves an address without credentials as it is, and never prints what it cannot read', () => {
    expect(withoutCredentials('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379')
    expect(withoutCredentials('not a url with secret')).toBe('(unreadable URL)')
  })
})
