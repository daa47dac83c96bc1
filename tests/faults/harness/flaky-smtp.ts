import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** How the server treats the next connections: accept all, refuse all (as if down), or refuse every other one. */
export type SmtpMode = 'accept' | 'refuse' | 'refuse-every-other'

export interface FlakySmtp {
  port: number
  /** Message-ID → how many times it arrived (more than once is a duplicate). */
  received: Map<string, number>
  /** Messages without a Message-ID (should be none: the product derives one from the idempotency key). */
  withoutId: number
  refusedConnections: number
  /** Messages whose client hung up (killed) before the server's 250: not counted as received. */
  abandoned: number
  setMode(mode: SmtpMode): void
  /** Takes the listener away (connection refused at TCP level), then back on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
  duplicates(): number
  close(): Promise<void>
}

/**
 * An SMTP peer on loopback for fault scenarios: unlike src/lib/mail-catcher.ts it can refuse connections (421 at
 * greeting, as a relay at capacity does) or vanish, and it counts each message by Message-ID so a mail sent twice shows.
 */
export async function startFlakySmtp(port: number, options: { acceptDelayMs?: number } = {}): Promise<FlakySmtp> {
  const received = new Map<string, number>()
  let mode: SmtpMode = 'accept'
  let connections = 0
  const state = { withoutId: 0, refusedConnections: 0, abandoned: 0 }
  const closed = new Set<string>()
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect(_session, callback) {
        connections += 1
        const refuse = mode === 'refuse' || (mode === 'refuse-every-other' && connections % 2 === 0)
        if (!refuse) return callback()
        state.refusedConnections += 1
        callback(Object.assign(new Error('4.3.2 service unavailable, try later'), { responseCode: 421 }))
      },
      onClose(session) {
        closed.add(session.id)
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          // A slow relay keeps mail jobs running long enough for a kill to find some in flight.
          new Promise((r) => setTimeout(r, options.acceptDelayMs ?? 0))
            .then(() => simpleParser(Buffer.concat(chunks)))
            .then((parsed) => {
              // A client gone before our 250 never learnt the message was taken: not a delivery (it will retry).
              if (closed.has(session.id)) state.abandoned += 1
              else if (parsed.messageId) received.set(parsed.messageId, (received.get(parsed.messageId) ?? 0) + 1)
              else state.withoutId += 1
              callback()
            })
            .catch((error: Error) => callback(error))
        })
      },
    })
  let server: SMTPServer | undefined
  const start = async () => {
    const next = make()
    next.on('error', () => undefined) // a client that hangs up mid-session is part of the scenarios
    await new Promise<void>((resolve, reject) => {
      next.server.once('error', reject)
      next.listen(port, '127.0.0.1', () => resolve())
    })
    server = next
  }
  const stop = async () => {
    const running = server
    server = undefined
    if (running) await new Promise<void>((resolve) => running.close(() => resolve()))
  }
  await start()
  return {
    port,
    received,
    get withoutId() {
      return state.withoutId
    },
    get abandoned() {
      return state.abandoned
    },
    get refusedConnections() {
      return state.refusedConnections
    },
    setMode: (next) => (mode = next),
    stop,
    start,
    duplicates: () => [...received.values()].reduce((sum, n) => sum + (n - 1), 0),
    close: stop,
  }
}
