/**
 * The one typed view of the environment. Every variable is read and checked here, once; a missing or malformed
 * value stops start-up with a message naming it (in French and English: an operator reads it).
 */
export interface Env {
  nodeEnv: 'development' | 'production' | 'test'
  /** `mongodb://…` selects MongoDB; anything else is a SQLite file URL (`file:./data/essaim.db`). */
  databaseUri: string
  databaseKind: 'mongodb' | 'sqlite'
  payloadSecret: string
  serverUrl: string
  redisUrl: string
  /** Prefix of every BullMQ key, so that test runs and deployments sharing one Redis never collide. */
  queuePrefix: string
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  mailFrom: { name: string; address: string }
  /** Messages per second allowed towards the SMTP relay (0 = no limit). */
  mailRatePerSecond: number
  workerShutdownTimeoutMs: number
  /** How often the outbox relay looks for pending events when nothing woke it. */
  relayPollMs: number
  /** SQLite only: how long a write waits for another process's write lock before it fails. */
  sqliteLockWaitMs: number
  /**
   * SQLite outside production: whether this process brings the schema up to the code's (Payload's development push).
   * The operator's tools (scripts/lib/open-payload.ts) turn it off: they act on the database the app made, beside
   * it, and a second push racing the app's writes can fail or stop on a question nobody answers.
   */
  sqliteSchemaPush: boolean
  logLevel: 'debug' | 'info' | 'warn' | 'error'
  /** JSON lines (production's default: a log collector reads them) or pino-pretty's readable lines (elsewhere). */
  logFormat: 'json' | 'pretty'
  /** Bearer token that lets a Prometheus scraper read /api/metrics without an admin session (unset: admins only). */
  metricsToken?: string
}

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Configuration invalide / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
    this.name = 'EnvError'
  }
}

type Source = Record<string, string | undefined>

const DEV_SECRET = 'essaim-dev-secret-not-for-production'

/** Reads and checks every variable; collects all problems before failing so one run shows them all. */
export function parseEnv(source: Source): Env {
  const problems: string[] = []
  const read = (name: string): string | undefined => {
    const value = source[name]
    return value === undefined || value.trim() === '' ? undefined : value.trim()
  }
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = read(name) ?? fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    problems.push(`${name}="${value}": attendu l'une de ${allowed.join(', ')} / expected one of ${allowed.join(', ')}`)
    return fallback
  }
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name)
    if (raw === undefined) return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `${name}="${raw}": entier attendu entre ${min} et ${max} / expected a whole number from ${min} to ${max}`,
      )
      return fallback
    }
    return value
  }
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = read(name)
    if (raw === undefined) return fallback
    if (['true', '1', 'yes'].includes(raw)) return true
    if (['false', '0', 'no'].includes(raw)) return false
    problems.push(`${name}="${raw}": attendu true ou false / expected true or false`)
    return fallback
  }
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const value = read(name) ?? fallback
    let parsed: URL | undefined
    try {
      parsed = new URL(value)
    } catch {
      parsed = undefined
    }
    if (!parsed || !protocols.includes(parsed.protocol)) {
      problems.push(
        `${name}="${value}": URL ${protocols.join(' ou ')} attendue / expected a ${protocols.join(' or ')} URL`,
      )
      return fallback
    }
    return value.replace(/\/$/, '')
  }

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development')
  const databaseUri = read('DATABASE_URI') ?? 'file:./data/essaim.db'
  const databaseKind = databaseUri.startsWith('mongodb://') || databaseUri.startsWith('mongodb+srv://') ? 'mongodb' : 'sqlite'
  if (databaseKind === 'sqlite' && !databaseUri.startsWith('file:')) {
    problems.push(
      `DATABASE_URI="${databaseUri}": attendu mongodb://… ou file:chemin.db / expected mongodb://… or file:path.db`,
    )
  }

  let payloadSecret = read('PAYLOAD_SECRET')
  if (!payloadSecret) {
    if (nodeEnv === 'production') {
      problems.push('PAYLOAD_SECRET: obligatoire en production / required in production')
    }
    payloadSecret = DEV_SECRET
  } else if (payloadSecret.length < 16) {
    problems.push('PAYLOAD_SECRET: au moins 16 caractères / at least 16 characters')
  }

  const queuePrefix = read('QUEUE_PREFIX') ?? 'essaim'
  // BullMQ joins key parts with ':'; a prefix must stay one clean segment.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) {
    problems.push(
      `QUEUE_PREFIX="${queuePrefix}": lettres, chiffres, - et _ seulement / letters, digits, - and _ only`,
    )
  }

  const mailFromAddress = read('MAIL_FROM_ADDRESS') ?? 'no-reply@essaim.local'
  if (!/^[^\s@]+@[^\s@]+$/.test(mailFromAddress)) {
    problems.push(`MAIL_FROM_ADDRESS="${mailFromAddress}": adresse e-mail invalide / not an e-mail address`)
  }

  const metricsToken = read('METRICS_TOKEN')
  if (metricsToken !== undefined && metricsToken.length < 16) {
    problems.push('METRICS_TOKEN: au moins 16 caractères / at least 16 characters')
  }

  const env: Env = {
    nodeEnv,
    databaseUri,
    databaseKind,
    payloadSecret,
    serverUrl: url('SERVER_URL', 'http://localhost:3000', ['http:', 'https:']),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix,
    smtp: {
      host: read('SMTP_HOST') ?? '127.0.0.1',
      port: integer('SMTP_PORT', 1025, 1, 65535),
      secure: boolean('SMTP_SECURE', false),
      user: read('SMTP_USER'),
      pass: read('SMTP_PASS'),
    },
    mailFrom: { name: read('MAIL_FROM_NAME') ?? 'essaim', address: mailFromAddress },
    mailRatePerSecond: integer('MAIL_RATE_PER_SECOND', 20, 0, 10000),
    workerShutdownTimeoutMs: integer('WORKER_SHUTDOWN_TIMEOUT_MS', 10000, 100, 600000),
    relayPollMs: integer('RELAY_POLL_MS', 500, 10, 60000),
    sqliteLockWaitMs: integer('SQLITE_LOCK_WAIT_MS', 10000, 100, 600000),
    sqliteSchemaPush: boolean('SQLITE_SCHEMA_PUSH', true),
    logLevel: oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    logFormat: oneOf('LOG_FORMAT', ['json', 'pretty'] as const, nodeEnv === 'production' ? 'json' : 'pretty'),
    metricsToken,
  }
  if (problems.length > 0) throw new EnvError(problems)
  return env
}

let cached: Env | undefined

/** The process environment, checked once per process (each jest test file has its own module registry). */
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
