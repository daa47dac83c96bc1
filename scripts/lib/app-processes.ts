/**
 * How the product runs on one machine, shared by `npm run demo` and the browser-test harness (tests/e2e/harness):
 * the environment of the web and worker processes and the command of each step, so that both run the app the
 * same way a user gets it (NODE_ENV=production, migrations, seed, `next build`, `next start`, the worker).
 */
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** A binary installed by npm in this checkout. */
export const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name)

export interface AppEnvOptions {
  port: number
  smtpPort: number
  databaseUri: string
  payloadSecret: string
  redisUrl: string
  /** Defaults to http://localhost:<port>: the host the browser must use too, or the admin loses its cookie. */
  serverUrl?: string
  queuePrefix?: string
  /** Next's build folder (next.config.mjs reads NEXT_DIST_DIR); the demo keeps `.next`. */
  distDir?: string
  extra?: Record<string, string>
}

/** The environment of every step and process of one running app. */
export function appEnv(options: AppEnvOptions, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    NODE_ENV: 'production',
    DATABASE_URI: options.databaseUri,
    PAYLOAD_SECRET: options.payloadSecret,
    SERVER_URL: options.serverUrl ?? `http://localhost:${options.port}`,
    REDIS_URL: options.redisUrl,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(options.smtpPort),
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.extra,
  }
  if (options.queuePrefix) env.QUEUE_PREFIX = options.queuePrefix
  if (options.distDir) env.NEXT_DIST_DIR = options.distDir
  return env
}

export interface Step {
  label: string
  command: string
  args: string[]
}

/** scripts/migrate.ts through Node's --import tsx loader (the payload CLI could end before migrating, see there). */
export const MIGRATE: Step = { label: 'Migrations de la base / database migrations', command: process.execPath, args: ['--import', 'tsx', 'scripts/migrate.ts'] }
export const SEED: Step = { label: 'Données de démonstration / demo data', command: bin('tsx'), args: ['scripts/seed.ts'] }
export const BUILD: Step = { label: "Construction de l'admin (~2 min) / building the admin (~2 min)", command: bin('next'), args: ['build'] }

/** Node with tsx's loader, not the tsx CLI: signals reach the worker directly, so a stop lets running jobs finish. */
export const WORKER: Step = { label: 'worker', command: process.execPath, args: ['--import', 'tsx', 'src/worker.ts'] }

/** `next start` on the given port; `host` binds it (loopback only for tests). */
export function webStep(port: number, host?: string): Step {
  return { label: 'web', command: bin('next'), args: ['start', '-p', String(port), ...(host ? ['-H', host] : [])] }
}
