import { performance } from 'node:perf_hooks'
import { SMTPServer } from 'smtp-server'

export interface Arrival {
  messageId: string
  at: number
}

export interface SmtpSink {
  port: number
  count(): number
  arrivals: Arrival[]
  close(): Promise<void>
}

/**
 * A real SMTP server on loopback that accepts everything and keeps only the Message-ID and the time of
 * acceptance (performance.now(), same clock as the benchmark). Unlike src/lib/mail-catcher.ts it does not parse
 * the messages, so it takes little CPU away from the pipeline being measured on a 2-core machine.
 */
export async function startSmtpSink(port: number): Promise<SmtpSink> {
  const arrivals: Arrival[] = []
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
        arrivals.push({ messageId: match ? match[1] : '', at: performance.now() })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  server.on('error', () => undefined)
  return {
    port,
    arrivals,
    count: () => arrivals.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
