import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CaughtMail {
  file: string
  from: string
  to: string[]
  subject: string
  messageId?: string
  raw: string
}

export interface MailCatcherOptions {
  port: number
  host?: string
  /** Where each message is written as `<time>-<n>.eml`; omit to keep them in memory only. */
  dir?: string
  onMail?: (mail: CaughtMail) => void
  /** Delay before accepting each message (tests of slow relays and graceful shutdown). */
  acceptDelayMs?: number
  /** Addresses refused at RCPT TO with a permanent 550, as a server without that mailbox would (case-insensitive). */
  rejectRecipients?: string[]
  log?: (line: string) => void
}

export interface MailCatcher {
  port: number
  mails: CaughtMail[]
  close(): Promise<void>
}

/**
 * A local SMTP server that keeps what it receives: the demo's mailbox and the tests' real SMTP peer.
 * Loopback only, no auth, no TLS.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const mails: CaughtMail[] = []
  if (options.dir) mkdirSync(options.dir, { recursive: true })
  let counter = 0
  const rejected = new Set((options.rejectRecipients ?? []).map((a) => a.toLowerCase()))
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address.toLowerCase())) return callback()
      const refusal = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 })
      callback(refusal)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks).toString('utf8')
          const parsed = await simpleParser(raw)
          counter += 1
          const file = options.dir
            ? path.join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${counter}.eml`)
            : ''
          if (file) writeFileSync(file, raw)
          const mail: CaughtMail = {
            file,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            messageId: parsed.messageId,
            raw,
          }
          if (options.acceptDelayMs) await new Promise((r) => setTimeout(r, options.acceptDelayMs))
          mails.push(mail)
          options.log?.(`✉  ${mail.to.join(', ')} — ${mail.subject}${file ? ` (${path.basename(file)})` : ''}`)
          options.onMail?.(mail)
          callback()
        } catch (error) {
          callback(error as Error)
        }
      })
    },
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => resolve())
  })
  server.on('error', (error) => options.log?.(`mail catcher error: ${error.message}`))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
