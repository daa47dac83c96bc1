import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import nodemailer from 'nodemailer'
import sharp from 'sharp'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import { collections } from '../collections'
import { globals } from '../globals'
import { applyFieldWriteRules } from './access/field-write-rules-apply'
import { withBilingualNotFound } from './lib/route-not-found'
import { withFrenchDates } from './admin/french-dates'
import { adminTranslations } from './admin/translations'
import { withReferenceScope } from './access/reference-scope'
import { withFederationScope } from '../collections/shared/access/federation-scope'
import { withNationalReach } from '../collections/shared/access/national-reach'
import { env, type Env } from './lib/env'
import { LOGGING_LEVELS, logApiErrorByStatus } from './lib/error-log-levels'
import { rootLogger } from './lib/logger'
import { graphQLOptions } from './lib/graphql-limits'
import { uploadOptions } from './lib/upload-limits'
import { personalDataEndpoints } from './gdpr/endpoints'
import { healthEndpoint, readyEndpoint } from './ops/health'
import { metricsEndpoint } from './ops/metrics'
import { nationalDashboardEndpoint } from './reports/national/national-endpoint'
import { AUTOMATIC_MAIL_HEADERS } from './email/headers'
import { retryBusyTransactions } from './lib/sqlite-busy-retry'
import { bilingualErrors } from './validation/request-errors'
import { withInputChecks } from './validation/request-operations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(dirname, '..')

function database(settings: Env): DatabaseAdapterObj {
  if (settings.databaseKind === 'mongodb') {
    // Transactions (hence the atomic outbox) need a replica set: docker-compose runs a single-node one.
    return mongooseAdapter({ url: settings.databaseUri })
  }
  const file = settings.databaseUri.replace(/^file:/, '')
  mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true })
  return retryBusyTransactions(
    sqliteAdapter({
      client: { url: settings.databaseUri },
      // Ids are opaque strings on both adapters (Mongo ObjectIds, SQLite uuids): code never assumes numbers.
      idType: 'uuid',
      // Off by default in db-sqlite; without it the outbox would not share the change's transaction.
      transactionOptions: {},
      wal: true,
      busyTimeout: 5000,
      // Production never pushes (its schema comes from the migrations); see Env.sqliteSchemaPush for the rest.
      push: settings.sqliteSchemaPush,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
    settings.sqliteLockWaitMs,
  )
}

const settings = env()

/**
 * The SMTP transport, pooled: up to 4 connections (the mail worker's concurrency) stay open and carry message after
 * message, instead of a new connection and SMTP greeting for each. The worker closes it at shutdown.
 */
export const mailTransport = nodemailer.createTransport(
  {
    host: settings.smtp.host,
    port: settings.smtp.port,
    secure: settings.smtp.secure,
    ignoreTLS: !settings.smtp.secure && settings.smtp.host === '127.0.0.1',
    auth: settings.smtp.user ? { user: settings.smtp.user, pass: settings.smtp.pass } : undefined,
    pool: true,
    maxConnections: 4,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 15000,
  },
  // Defaults of every message (deliver-mail sets its own, the same and more): Payload's own mails (password reset)
  // are automatic too (RFC 3834).
  { headers: { ...AUTOMATIC_MAIL_HEADERS } },
)

export default buildConfig({
  serverURL: settings.serverUrl,
  secret: settings.payloadSecret,
  telemetry: false,
  admin: {
    user: 'users',
    // No external resource: gravatar would call out of the network.
    avatar: 'default',
    // French-style dates in the admin (date-fns tokens).
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Payload puts a space between a page's title and this suffix (« Connexion · essaim »).
    meta: { titleSuffix: '· essaim' },
    importMap: { baseDir: root, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    components: {
      // The coordinators' campaign dashboard (src/admin/dashboard), linked under the navigation.
      views: {
        // A new federation in one step, for admins (src/admin/federations, linked above the federations list).
        onboardFederation: { Component: '/src/admin/federations/onboard-view#OnboardFederationView', path: '/federations/onboard', exact: true, meta: { title: 'Accueillir une fédération' } },
        // Coordinators land on the campaign dashboard; the others keep Payload's home (src/admin/home).
        dashboard: { Component: '/src/admin/home/admin-home#AdminHome' },
        campaignDashboard: { Component: '/src/admin/dashboard/campaign-dashboard-view#CampaignDashboardView', path: '/tableau-de-bord', exact: true, meta: { title: 'Tableau de bord des campagnes' } },
        // Every federation's figures side by side, for admins and the national role (src/admin/national).
        nationalDashboard: { Component: '/src/admin/national/national-dashboard-view#NationalDashboardView', path: '/vue-nationale', exact: true, meta: { title: 'Vue nationale des fédérations' } },
      },
      afterNavLinks: ['/src/admin/dashboard/nav-link#DashboardNavLink', '/src/admin/national/nav-link#NationalNavLink', '/src/ops/queues-nav-link#QueuesNavLink'],
    },
  },
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', translations: adminTranslations },
  // Every date field in the French order (dd/MM/yyyy), set once here rather than on each field.
  // Relationship scope (src/access/reference-scope.ts): a non-admin only points at what they may read.
  // Input checks (src/validation/request-operations.ts): REST bodies and `where` filters Payload would crash on are a 400.
  // Federations (collections/shared/access/federation-scope.ts): members read and write only in theirs.
  collections: withInputChecks(withReferenceScope(withFederationScope(withNationalReach(withFrenchDates(collections))))),
  // One-document settings: the training organisation's legal facts (globals/organisation-settings).
  globals,
  // Payload's own REST errors in French and English, fields named by their labels, no 5xx detail (src/validation/request-errors.ts).
  // Refusals (4xx) are logged as information, server errors as errors (src/lib/error-log-levels.ts).
  loggingLevels: LOGGING_LEVELS,
  // The process's one pino logger (src/lib/logger.ts): JSON in production, readable elsewhere, level LOG_LEVEL.
  logger: rootLogger(),
  hooks: { afterError: [logApiErrorByStatus, bilingualErrors] },
  // Liveness and readiness for compose healthchecks and load balancers (src/ops/health.ts).
  // GDPR requests (src/gdpr/endpoints.ts): export and erasure of a person's data, for coordinators.
  // The national view's figures (src/reports/national), for admins and the national role.
  endpoints: [healthEndpoint, readyEndpoint, metricsEndpoint, ...personalDataEndpoints, nationalDashboardEndpoint],
  editor: lexicalEditor(),
  // Depth and complexity limits, no introspection in production (src/lib/graphql-limits.ts).
  graphQL: graphQLOptions,
  // The largest upload read, refused with a bilingual 413 (per collection: src/lib/upload-limits.ts).
  upload: uploadOptions,
  // Image sizes of the media collection (thumbnails, cards, hero).
  sharp,
  db: database(settings),
  email: nodemailerAdapter({
    defaultFromAddress: settings.mailFrom.address,
    defaultFromName: settings.mailFrom.name,
    // The worker and tests must start even while the SMTP relay is down; sending retries on its own.
    skipVerify: true,
    transport: mailTransport,
  }),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Who may write each field (src/access/field-write-rules.ts), set on the sanitized config so auth, upload and
  // timestamp fields are covered too.
}).then(applyFieldWriteRules).then(withBilingualNotFound)
