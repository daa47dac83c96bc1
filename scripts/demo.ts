/**
 * `npm run demo`: the whole product on one machine, from a fresh clone.
 * Prepares the SQLite database (migrations), seeds the demo, builds the admin if no build exists, then runs web,
 * worker and a local mail catcher together. Ctrl-C stops all of them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { redisAnswers } from '../src/lib/redis'
import { startMailCatcher } from '../src/lib/mail-catcher'
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts'
import { SECOND_FEDERATION, SECOND_FEDERATION_ACCOUNT } from '../src/seed/second-federation'
import { FIRST_FEDERATION } from '../collections/federations/phases'
import { appEnv, BUILD, MIGRATE, ROOT, SEED, WORKER, webStep, type Step } from './lib/app-processes'

const root = ROOT
const dataDir = path.join(root, 'data')
mkdirSync(dataDir, { recursive: true })

const port = Number(process.env.PORT ?? 3000)
const smtpPort = Number(process.env.SMTP_PORT ?? 1025)
const mailDir = path.join(dataDir, 'mail')

/** A secret made once per machine and kept under data/ (never committed). */
function demoSecret(): string {
  const file = path.join(dataDir, '.payload-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

const children: ChildProcess[] = []
let privateRedis: ChildProcess | undefined

async function ensureRedis(): Promise<string> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  if (await redisAnswers(url)) return url
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim()
  if (!found) {
    console.error(
      `\nRedis ne répond pas à ${url} et redis-server est introuvable.\n` +
        `Redis does not answer at ${url} and redis-server is not installed.\n` +
        '  Debian/Ubuntu : sudo apt-get install redis-server\n' +
        '  Docker        : docker compose up -d redis\n' +
        'puis relancez / then run again: npm run demo\n',
    )
    process.exit(1)
  }
  const redisDir = path.join(dataDir, 'redis')
  mkdirSync(redisDir, { recursive: true })
  const redisPort = 6390
  privateRedis = spawn(found, ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', redisDir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' })
  const privateUrl = `redis://127.0.0.1:${redisPort}`
  for (let i = 0; i < 50 && !(await redisAnswers(privateUrl, 300)); i++) await new Promise((r) => setTimeout(r, 100))
  console.log(`Redis privé démarré / private Redis started on ${privateUrl} (data in data/redis)`)
  return privateUrl
}

function run({ label, command, args }: Step, env: NodeJS.ProcessEnv): void {
  console.log(`→ ${label}…`)
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✗ ${label} a échoué / failed (exit ${result.status})`)
    shutdown(1)
  }
}

function start({ label: name, command, args }: Step, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (line: string) => (line.trim() ? `[${name}] ${line}` : '')
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      const text = chunk.split('\n').map(prefix).filter(Boolean).join('\n')
      if (text) console.log(text)
    })
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] s'est arrêté / exited (code ${code}); arrêt de la démo / stopping the demo`)
      shutdown(1)
    }
  })
  children.push(child)
  return child
}

let stopping = false
function shutdown(code = 0): void {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  privateRedis?.kill('SIGTERM')
  setTimeout(() => process.exit(code), 1500).unref()
  if (children.length === 0) process.exit(code)
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r))))).then(() =>
    process.exit(code),
  )
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

const redisUrl = await ensureRedis()
const env = appEnv({
  port,
  smtpPort,
  databaseUri: process.env.DATABASE_URI ?? 'file:./data/essaim.db',
  payloadSecret: process.env.PAYLOAD_SECRET ?? demoSecret(),
  serverUrl: process.env.SERVER_URL,
  redisUrl,
  // The demo runs the production build, whose logs are JSON by default: readable lines here (src/lib/logger.ts).
  extra: { LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' },
})

run(MIGRATE, env)
run(SEED, env)
// Rebuild when there is no build, or when it was made from another commit (after a git pull).
const revision = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''
const builtFrom = path.join(root, '.next', 'essaim-revision')
const builtRevision = existsSync(builtFrom) ? readFileSync(builtFrom, 'utf8').trim() : ''
if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || (revision && revision !== builtRevision)) {
  run(BUILD, env)
  if (revision) writeFileSync(builtFrom, revision)
}

await startMailCatcher({ port: smtpPort, dir: mailDir, log: (line) => console.log(`[mail] ${line}`) })
start(WORKER, env)
start(webStep(port), env)

const accounts = [...DEMO_ACCOUNTS, SECOND_FEDERATION_ACCOUNT]
const width = Math.max(...accounts.map((a) => a.email.length))
console.log(`
┌─────────────────────────────────────────────────────────────────────
│ essaim est prêt / essaim is ready
│
│ Admin   : http://localhost:${port}/admin
│ Tableau de bord / dashboard : http://localhost:${port}/admin/tableau-de-bord  (coordination)
│ Vue nationale / national view : http://localhost:${port}/admin/vue-nationale  (admin, national)
│ Fédérations / federations : ${FIRST_FEDERATION.name} (${FIRST_FEDERATION.networkName}, déploiement régional) · ${SECOND_FEDERATION.name} (${SECOND_FEDERATION.networkName}, pilote)
│ Page publique / public page : http://localhost:${port}/formations/culture-et-usages-numeriques
│ API     : http://localhost:${port}/api  (REST) · /api/graphql
│ E-mails : serveur SMTP local smtp://127.0.0.1:${smtpPort}, messages dans / messages in data/mail/
│
│ Comptes de démonstration / demo accounts:
${accounts.map((a) => `│   ${a.email.padEnd(width)}  ${a.password.padEnd(14)} ${a.role.padEnd(16)} ${a.purpose}`).join('\n')}
│
│ Ctrl-C arrête tout / stops everything.
└─────────────────────────────────────────────────────────────────────
`)
