/**
 * What a journey reads about the running app: its address, the mails it sent (the catcher's .eml files), and a
 * Local API on the same SQLite file to check what was stored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { readState } from './state'

export type { ParsedMail }

export function appState(): { baseUrl: string; mailDir: string; databaseFile: string; queuePrefix: string; artifactsDir: string } {
  const { baseUrl, mailDir, databaseFile, queuePrefix, artifactsDir } = readState()
  return { baseUrl, mailDir, databaseFile, queuePrefix, artifactsDir }
}

export interface MailMatch {
  to?: string
  subject?: RegExp
}

const addresses = (mail: ParsedMail): string[] => {
  const fields = [mail.to, mail.cc, mail.bcc].flatMap((f) => (f ? (Array.isArray(f) ? f : [f]) : []))
  return fields.flatMap((f) => f.value.map((a) => (a.address ?? '').toLowerCase()))
}

/** Every mail caught so far (oldest first) that matches: `to` any recipient (case-insensitive), `subject` a pattern. */
export async function readMails(match: MailMatch = {}): Promise<ParsedMail[]> {
  const { mailDir } = appState()
  if (!existsSync(mailDir)) return []
  const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml')).sort()
  const mails = await Promise.all(files.map((f) => simpleParser(readFileSync(path.join(mailDir, f)))))
  return mails.filter(
    (m) =>
      (!match.to || addresses(m).includes(match.to.toLowerCase())) && (!match.subject || match.subject.test(m.subject ?? '')),
  )
}

/** The first matching mail, waiting for the worker to send it. */
export async function waitForMail(match: MailMatch, timeoutMs = 20000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [mail] = await readMails(match)
    if (mail) return mail
    if (Date.now() > deadline) {
      const seen = (await readMails()).map((m) => `  ${addresses(m).join(', ')} — ${m.subject}`).join('\n')
      throw new Error(
        `Aucun mail / no mail to=${match.to ?? '*'} subject=${match.subject ?? '*'} after ${timeoutMs} ms; caught:\n${seen || '  (none)'}`,
      )
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

let payload: Promise<Payload> | undefined

/**
 * A Local API on the app's SQLite file, for reading what a journey stored (read-mostly: the web process and the
 * worker write to the same file). Booted as production so it never pushes a schema onto the shared file.
 * Closed by jest's end of the test file (one per test file, reused).
 */
export function localApi(): Promise<Payload> {
  payload ??= (async () => {
    const state = readState()
    Object.assign(process.env, {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${state.databaseFile}`,
      PAYLOAD_SECRET: state.payloadSecret,
      SERVER_URL: state.baseUrl,
      REDIS_URL: state.redisUrl,
      QUEUE_PREFIX: state.queuePrefix,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(state.smtpPort),
      LOG_LEVEL: 'error',
    })
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../../src/payload.config')
    return getPayload({ config })
  })()
  return payload
}

/** Closes the Local API if one was opened (call in afterAll). */
export async function closeLocalApi(): Promise<void> {
  if (!payload) return
  const opened = payload
  payload = undefined
  await (await opened).destroy()
}
