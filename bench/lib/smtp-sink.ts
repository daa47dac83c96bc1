import { fork } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { SMTPServer } from 'smtp-server'

export interface Arrival {
  messageId: string
  /** When the server accepted the message, on this process's performance.now() clock. */
  at: number
}

export interface SmtpSink {
  port: number
  count(): number
  arrivals: Arrival[]
  close(): Promise<void>
}

/** What the sink process reports for each message: its Message-ID and process.hrtime (ns, as a string). */
interface Accepted {
  messageId: string
  hrtime: string
}

/**
 * A real SMTP server on loopback that accepts everything and keeps only the Message-ID and the time of acceptance.
 * It runs in a process of its own, as the relay it stands for would: its work (sockets, SMTP dialogue) is not
 * charged to the process being measured, and a busy benchmark process does not slow its answers. Times cross over
 * on the monotonic clock all processes share (process.hrtime). Unlike src/lib/mail-catcher.ts it does not parse
 * the messages.
 */
export async function startSmtpSink(port: number): Promise<SmtpSink> {
  const arrivals: Arrival[] = []
  const hrOffsetMs = Number(process.hrtime.bigint()) / 1e6 - performance.now()
  const child = fork(fileURLToPath(import.meta.url), [String(port)], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_SMTP_SINK: '1' },
    stdio: ['ignore', 2, 2, 'ipc'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`SMTP sink exited (${code}) before it listened`)))
    child.on('message', (message: { listening?: boolean } & Partial<Accepted>) => {
      if (message.listening) resolve()
      else if (message.hrtime) arrivals.push({ messageId: message.messageId ?? '', at: Number(BigInt(message.hrtime)) / 1e6 - hrOffsetMs })
    })
  })
  child.removeAllListeners('exit')
  return {
    port,
    arrivals,
    count: () => arrivals.length,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.disconnect()
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}

async function serve(port: number): Promise<void> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 64,
    // smtp-server looks each client's IP up in reverse DNS by default: keep the sink independent of the resolver.
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      let head = ''
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('utf8')
      })
      stream.on('end', () => {
        const match = /^message-id:\s*(<[^>\r\n]*>)/im.exec(head)
        process.send?.({ messageId: match ? match[1] : '', hrtime: String(process.hrtime.bigint()) } satisfies Accepted)
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  server.on('error', () => undefined)
  // The benchmark went (done, or stopped): so does the sink.
  process.on('disconnect', () => process.exit(0))
  process.send?.({ listening: true })
}

if (process.env.BENCH_SMTP_SINK === '1') await serve(Number(process.argv[2]))
