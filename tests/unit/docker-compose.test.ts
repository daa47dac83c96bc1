import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { parseEnv } from '../../src/lib/env'
import { healthEndpoint } from '../../src/ops/health'
import { DEFAULT_MEDIA_DIR } from '../../src/lib/paths'

interface Service {
  image?: string
  build?: string
  command?: string[]
  environment?: Record<string, string>
  volumes?: string[]
  profiles?: string[]
  restart?: string
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
}
const root = new URL('../../', import.meta.url)
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> }

/** A dotenv file as compose reads it with --env-file. */
const dotenv = (file: string) =>
  Object.fromEntries(
    readFileSync(new URL(file, root), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )

/**
 * What docker compose passes: `${NAME:-default}` is NAME or the default; `${NAME:?message}` is NAME, and compose
 * refuses to start with the message when NAME is unset or empty.
 */
function interpolate(environment: Record<string, string>, shell: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [
      key,
      String(value).replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
        const set = shell[name]
        if (set) return set
        if (kind === '?') throw new Error(`compose refuses: ${rest}`)
        return kind === '-' ? rest : ''
      }),
    ]),
  )
}

const production = { PAYLOAD_SECRET: 'a-real-secret-of-32-characters!!', SMTP_HOST: 'smtp.example.org', SERVER_URL: 'https://essaim.example.org' }
const app = ['web', 'worker'] as const

describe('docker-compose.yml', () => {
  it('has mongo, redis, web and worker, and mailpit and the seed only in the demo profile', () => {
    const always = Object.entries(compose.services).filter(([, s]) => !s.profiles).map(([name]) => name)
    expect(always.sort()).toEqual(['mongo', 'redis', 'web', 'worker'])
    expect(compose.services.mailpit.profiles).toEqual(['demo'])
    expect(compose.services.seed.profiles).toEqual(['demo'])
  })

  it('runs MongoDB as a replica set and Redis without eviction, with AOF', () => {
    expect(compose.services.mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(['--maxmemory-policy', 'noeviction', '--appendonly', 'yes']))
  })

  it.each(app)('refuses to start %s without PAYLOAD_SECRET or an SMTP relay, with a message saying so', (name) => {
    const environment = compose.services[name].environment!
    expect(() => interpolate(environment, { ...production, PAYLOAD_SECRET: '' })).toThrow(/PAYLOAD_SECRET manquant \/ missing/)
    expect(() => interpolate(environment, { ...production, SMTP_HOST: '' })).toThrow(/SMTP_HOST manquant \/ missing/)
  })

  it.each(app)('gives %s every variable the app requires, valid for production', (name) => {
    const service = compose.services[name]
    const env = parseEnv(interpolate(service.environment!, production))
    expect(env.nodeEnv).toBe('production')
    expect(env.payloadSecret).toBe(production.PAYLOAD_SECRET)
    expect(env.databaseKind).toBe('mongodb')
    expect(env.databaseUri).toContain('replicaSet=rs0')
    expect(new URL(env.redisUrl).hostname).toBe('redis')
    expect(env.smtp.host).toBe('smtp.example.org')
    expect(Object.keys(service.depends_on ?? {}).sort()).toEqual(['mongo', 'redis'])
  })

  it('seeds demo accounts only in the demo profile; web and worker never seed', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if ((service.command ?? []).join(' ').includes('seed')) expect([name, service.profiles]).toEqual([name, ['demo']])
    }
    expect(compose.services.web.command?.join(' ')).not.toMatch(/seed/)
  })

  it('runs the demo from docker/demo.env alone: the demo profile, Mailpit as relay', () => {
    const demo = dotenv('docker/demo.env')
    expect(demo.COMPOSE_PROFILES).toBe('demo')
    const env = parseEnv(interpolate(compose.services.web.environment!, demo))
    expect(env.smtp.host).toBe('mailpit')
    expect(env.smtp.port).toBe(1025)
  })

  it('mounts one named volume for media and generated documents in web, every worker and the seed, where the app writes them', () => {
    const mounts = (name: string) => compose.services[name].volumes ?? []
    for (const name of ['web', 'worker', 'seed']) expect(mounts(name)).toContain('media:/app/data/media')
    expect(compose.volumes).toHaveProperty('media')
    // The image's working directory is /app and the media collection stores under <project>/data/media (compose sets
    // no MEDIA_DIR).
    expect(readFileSync(new URL('Dockerfile', root), 'utf8')).toMatch(/^WORKDIR \/app$/m)
    expect(readFileSync(new URL('collections/media/index.ts', root), 'utf8')).toContain('staticDir: MEDIA_DIR')
    expect(path.relative(fileURLToPath(root), DEFAULT_MEDIA_DIR)).toBe(path.join('data', 'media'))
  })

  it.each(app)('checks the health of %s and restarts it', (name) => {
    const service = compose.services[name]
    expect(service.restart).toBe('unless-stopped')
    expect(service.healthcheck?.test.join(' ')).toBeTruthy()
  })

  it('checks the web process on the health endpoint that exists, and the worker on its heartbeat file', () => {
    expect(compose.services.web.healthcheck?.test.join(' ')).toContain(`/api${healthEndpoint.path}`)
    expect(compose.services.worker.environment?.HEARTBEAT_FILE).toBe('/tmp/essaim-worker-heartbeat')
    expect(compose.services.worker.healthcheck?.test.join(' ')).toContain('/tmp/essaim-worker-heartbeat')
  })

  it('has no fixed container name or port on the worker, so it scales', () => {
    expect(compose.services.worker).not.toHaveProperty('ports')
    expect(compose.services.worker).not.toHaveProperty('container_name')
  })
})
