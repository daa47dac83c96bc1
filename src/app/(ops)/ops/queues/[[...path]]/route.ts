import config from '@payload-config'
import { getPayload } from 'payload'
import { serveQueueBoard } from '../../../../../ops/queue-board'

// bull-board reads Redis and its own files at request time: never prerendered, always on Node.
export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

async function handle(request: Request): Promise<Response> {
  return serveQueueBoard(await getPayload({ config }), request)
}

export const GET = handle
export const POST = handle
export const PUT = handle
export const PATCH = handle
export const DELETE = handle
