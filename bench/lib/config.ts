/**
 * The benchmarks' Payload config: the application's collections and database/e-mail settings exactly as in
 * src/payload.config.ts (that file is not imported: building two configs over the same collection objects in one
 * process would sanitise them twice), plus what the baselines need and the application must not carry:
 * - `bench-files`, `bench-stories`, `bench-programmes`: clones of `funding-files`, `stories`, `programmes` with the
 *   same fields (so the same table shape and the same documents), but without essaim's collection hooks, field
 *   hooks, custom validation, access functions or endpoints: "Payload alone";
 * - `benchHandoff`: a Payload jobs-queue task, to time Payload's own queue doing the hand-off essaim does with
 *   the outbox and BullMQ. `BENCH_PAYLOAD_AUTORUN=1` runs it with Payload's autoRun every second.
 * Import it only after useBenchEnv (src/lib/env reads process.env once).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import nodemailer from 'nodemailer'
import sharp from 'sharp'
import { buildConfig, type CollectionConfig, type Field, type TaskConfig } from 'payload'
import { collections } from '../../collections'
import { globals } from '../../globals'
import { env } from '../../src/lib/env'
import { retryBusyTransactions } from '../../src/lib/sqlite-busy-retry'
import { handoffReached } from './handoff'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(dirname, '../..')

const allowAll = () => true

/** A field without essaim's code on it: no hooks, access, custom validation or admin components. */
function bareField(field: Field): Field {
  const copy = { ...field } as Record<string, unknown>
  delete copy.hooks
  delete copy.access
  delete copy.validate
  delete copy.admin
  if (Array.isArray(copy.fields)) copy.fields = (copy.fields as Field[]).map(bareField)
  if (Array.isArray(copy.tabs)) {
    copy.tabs = (copy.tabs as { fields: Field[] }[]).map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  }
  if (Array.isArray(copy.blocks)) {
    copy.blocks = (copy.blocks as { fields: Field[] }[]).map((block) => ({ ...block, fields: block.fields.map(bareField) }))
  }
  return copy as unknown as Field
}

/** The same collection under another slug, with Payload's behaviour only ("Payload alone"). */
function bareClone(slug: string, source: CollectionConfig): CollectionConfig {
  const versions = source.versions
  return {
    slug,
    admin: { useAsTitle: source.admin?.useAsTitle, hidden: true },
    access: { read: allowAll, create: allowAll, update: allowAll, delete: allowAll, readVersions: allowAll },
    // Same drafts/versions as the source (drafts change how reads query), without scheduled publishing.
    versions:
      versions && typeof versions === 'object'
        ? { ...versions, drafts: versions.drafts ? { schedulePublish: false } : false }
        : versions,
    fields: source.fields.map(bareField),
  }
}

const bySlug = (slug: string): CollectionConfig => {
  const found = collections.find((c) => c.slug === slug)
  if (!found) throw new Error(`bench config: no collection ${slug}`)
  return found
}

const handoffTask: TaskConfig<{ input: { key: string }; output: object }> = {
  slug: 'benchHandoff',
  inputSchema: [{ name: 'key', type: 'text', required: true }],
  handler: async ({ input }) => {
    handoffReached(input.key)
    return { output: {} }
  },
}

const settings = env()
const file = settings.databaseUri.replace(/^file:/, '')
mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true })

export default buildConfig({
  serverURL: settings.serverUrl,
  secret: settings.payloadSecret,
  telemetry: false,
  // Payload's own info lines ("Running N jobs") would go to stdout, where each benchmark prints its JSON line.
  logger: { options: { level: 'warn' }, destination: process.stderr },
  admin: { user: 'users', avatar: 'default' },
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
  collections: [
    ...collections,
    bareClone('bench-files', bySlug('funding-files')),
    bareClone('bench-stories', bySlug('stories')),
    bareClone('bench-programmes', bySlug('programmes')),
    bareClone('bench-structures', bySlug('structures')),
  ],
  // The application's globals (the organisation settings that hooks read).
  globals,
  editor: lexicalEditor(),
  sharp,
  // The application's adapter settings, line for line (src/payload.config.ts).
  db: retryBusyTransactions(
    sqliteAdapter({
      client: { url: settings.databaseUri },
      idType: 'uuid',
      transactionOptions: {},
      wal: true,
      busyTimeout: 5000,
      migrationDir: path.resolve(root, 'src/migrations'),
      // The web process of benches 1 and 2 boots on a file whose schema the bench process has already pushed. A
      // second push, racing the bench process's writes, once failed with SQLITE_BUSY inside Payload's start-up and
      // left the process waiting on a promise nothing would settle (exit code 13).
      push: process.env.BENCH_WEB_PROCESS !== '1',
    }),
    settings.sqliteLockWaitMs,
  ),
  email: nodemailerAdapter({
    defaultFromAddress: settings.mailFrom.address,
    defaultFromName: settings.mailFrom.name,
    skipVerify: true,
    transport: nodemailer.createTransport({
      host: settings.smtp.host,
      port: settings.smtp.port,
      secure: settings.smtp.secure,
      ignoreTLS: !settings.smtp.secure && settings.smtp.host === '127.0.0.1',
      pool: true,
      maxConnections: 4,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
    }),
  }),
  jobs: {
    tasks: [handoffTask as unknown as TaskConfig],
    autoRun: process.env.BENCH_PAYLOAD_AUTORUN === '1' ? [{ cron: '* * * * * *', queue: 'bench', limit: 100 }] : undefined,
  },
})
