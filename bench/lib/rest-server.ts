/**
 * A plain Node HTTP server that serves Payload's REST API through `handleEndpoints` (no Next.js), on the bench
 * config: the application's collections plus `bench-stories` / `bench-programmes`, clones without essaim's hooks
 * and access. Both kinds are served by the same process, stack and database, so their ratio isolates what essaim's
 * hooks and access functions cost on a read.
 *
 * Run by bench/reads.ts as a child process: `tsx bench/lib/rest-server.ts <port>` with DATABASE_URI pointing at a
 * copy of the seeded database. It copies every published story and programme into its clone collection, then
 * prints `ready <port> <stories> <programmes>` on stdout.
 */
import { createServer } from 'node:http'
import { getPayload, handleEndpoints } from 'payload'

const port = Number(process.argv[2])
const { default: config } = await import('./config')
const payload = await getPayload({ config })

async function copyPublished(from: 'stories' | 'programmes', to: 'bench-stories' | 'bench-programmes'): Promise<number> {
  const { docs } = await payload.find({ collection: from, where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true })
  for (const doc of docs) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = doc as unknown as Record<string, unknown>
    await payload.create({ collection: to, data: { ...data, _status: 'published' }, depth: 0, overrideAccess: true } as never)
  }
  return docs.length
}

const stories = await copyPublished('stories', 'bench-stories')
const programmes = await copyPublished('programmes', 'bench-programmes')

const server = createServer((incoming, outgoing) => {
  const url = `http://127.0.0.1:${port}${incoming.url ?? '/'}`
  const headers = new Headers()
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(key, value)
  }
  // Reads only: the benchmark sends GETs without a body.
  handleEndpoints({ config, request: new Request(url, { method: incoming.method, headers }) })
    .then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer())
      outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      outgoing.end(body)
    })
    .catch((error: unknown) => {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(String(error))
    })
})
server.listen(port, '127.0.0.1', () => process.stdout.write(`ready ${port} ${stories} ${programmes}\n`))

const stop = () => {
  server.close()
  payload.destroy().finally(() => process.exit(0))
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
