import type { Payload } from 'payload'
import { createLogger } from '../lib/logger'
import { seedContent } from './content'
import { seedFundingFiles } from './funding-files'
import { seedHistory } from './history'
import { seedOrganisation } from './organisation'
import { seedRulesDocument } from './rules-document'
import { seedPortfolio } from './portfolio'
import { seedSecondFederation } from './second-federation'
import { seedSessions } from './sessions'
import { DEMO_ACCOUNTS } from './demo-accounts'

const log = createLogger('seed')

export interface SeedReport {
  created: number
  unchanged: number
}

/** Loads the demo data. Idempotent: what exists (matched by natural key) is left as it is. */
export interface SeedOptions {
  /** The finished 2013 experimentation (documents, report): about a minute, so the demo asks for it, tests not. */
  history?: boolean
  /**
   * The second federation (Auvergne-Rhône-Alpes, pilot phase) beside PACA's: the demo shows it. Seeded last, since
   * afterwards a document that names no federation is refused; the browser journeys start from PACA alone.
   */
  secondFederation?: boolean
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { created: 0, unchanged: 0 }
  // The organisation's legal facts first: every document and the funding files' Qualiopi check read them.
  if (await seedOrganisation(payload)) report.created += 1
  else report.unchanged += 1
  if (await seedRulesDocument(payload)) report.created += 1
  else report.unchanged += 1
  for (const account of DEMO_ACCOUNTS) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) {
      report.unchanged += 1
      continue
    }
    const { purpose: _purpose, ...data } = account
    await payload.create({ collection: 'users', data, overrideAccess: true })
    report.created += 1
  }
  // In dependency order: content (structures, ERIC spaces, programme), sessions and people, then funding files
  // (the demo structure's, then the 2014 pilot's portfolio the campaign dashboard shows).
  for (const part of [seedContent, seedSessions, seedFundingFiles, seedPortfolio]) {
    const done = await part(payload)
    report.created += done.created
    report.unchanged += done.unchanged
  }
  if (options.history) {
    const history = await seedHistory(payload)
    if (history.created) report.created += 1
    else report.unchanged += 1
  }
  if (options.secondFederation) {
    const second = await seedSecondFederation(payload)
    report.created += second.created
    report.unchanged += second.unchanged
  }
  log.info('seed done', { ...report })
  return report
}
