import { describe, expect, it } from '@jest/globals'
import { EnvError, parseEnv } from '../../src/lib/env'

const problemsOf = (source: Record<string, string>): string[] => {
  try {
    parseEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('parseEnv', () => {
  it('gives working defaults for a development machine', () => {
    const env = parseEnv({})
    expect(env.databaseKind).toBe('sqlite')
    expect(env.databaseUri).toBe('file:./data/essaim.db')
    expect(env.redisUrl).toBe('redis://127.0.0.1:6379')
    expect(env.smtp).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false })
    expect(env.queuePrefix).toBe('essaim')
    expect(env.sqliteLockWaitMs).toBe(10000)
    expect(env.sqliteSchemaPush).toBe(true)
  })

  it('lets the command-line tools open the database without pushing its schema', () => {
    expect(parseEnv({ SQLITE_SCHEMA_PUSH: 'false' }).sqliteSchemaPush).toBe(false)
    expect(() => parseEnv({ SQLITE_SCHEMA_PUSH: 'sometimes' })).toThrow(/SQLITE_SCHEMA_PUSH/)
  })

  it('chooses MongoDB from a mongodb:// DATABASE_URI', () => {
    expect(parseEnv({ DATABASE_URI: 'mongodb://mongo:27017/essaim?replicaSet=rs0' }).databaseKind).toBe('mongodb')
  })

  it.each([
    [{ SMTP_PORT: 'abc' }, 'SMTP_PORT'],
    [{ SMTP_PORT: '70000' }, 'SMTP_PORT'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ DATABASE_URI: 'postgres://x' }, 'DATABASE_URI'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX'],
    [{ SMTP_SECURE: 'maybe' }, 'SMTP_SECURE'],
    [{ MAIL_FROM_ADDRESS: 'nobody' }, 'MAIL_FROM_ADDRESS'],
    [{ PAYLOAD_SECRET: 'short' }, 'PAYLOAD_SECRET'],
    [{ NODE_ENV: 'production' }, 'PAYLOAD_SECRET'],
    [{ SQLITE_LOCK_WAIT_MS: '10' }, 'SQLITE_LOCK_WAIT_MS'],
  ])('rejects %j naming %s, in French and English', (source, name) => {
    const problems = problemsOf(source)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(name)
    expect(problems[0]).toMatch(/ \/ /) // "français / English"
  })

  it('reports every problem at once', () => {
    const problems = problemsOf({ SMTP_PORT: '-1', REDIS_URL: 'x', LOG_LEVEL: 'loud' })
    expect(problems.map((p) => p.split('=')[0])).toEqual(['REDIS_URL', 'SMTP_PORT', 'LOG_LEVEL'])
  })

  it('names the variable in the error message shown at start-up', () => {
    expect(() => parseEnv({ SMTP_PORT: 'x' })).toThrow(/Configuration invalide \/ invalid configuration:\n {2}- SMTP_PORT/)
  })
})
