import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { parseEnv } from '../../src/lib/env'

interface Service {
  image?: string
  build?: string
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
}
const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as { services: Record<string, Service> }

/** What docker compose would pass: `${NAME:-default}` becomes the default when NAME is unset. */
const interpolate = (environment: Record<string, string>) =>
  Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]))

describe('docker-compose.yml', () => {
  it('has mongo, redis, mailpit, web and worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['mailpit', 'mongo', 'redis', 'web', 'worker'])
  })

  it('runs MongoDB as a replica set and Redis without eviction', () => {
    expect(compose.services.mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(['--maxmemory-policy', 'noeviction', '--appendonly', 'yes']))
  })

  it.each(['web', 'worker'])('gives %s every variable the app requires, valid for production', (name) => {
    const service = compose.services[name]
    expect(service.environment).toBeDefined()
    const env = parseEnv(interpolate(service.environment!))
    expect(env.nodeEnv).toBe('production')
    expect(env.databaseKind).toBe('mongodb')
    expect(env.databaseUri).toContain('replicaSet=rs0')
    expect(new URL(env.redisUrl).hostname).toBe('redis')
    expect(env.smtp.host).toBe('mailpit')
    expect(Object.keys(service.depends_on ?? {}).sort()).toEqual(['mailpit', 'mongo', 'redis'])
  })

  it('has no fixed container name or port on the worker, so it scales', () => {
    expect(compose.services.worker).not.toHaveProperty('ports')
    expect(compose.services.worker).not.toHaveProperty('container_name')
  })
})
