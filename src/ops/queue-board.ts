import path from 'node:path'
import { createBullBoard } from '@bull-board/api'
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter'
import { HonoAdapter } from '@bull-board/hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { Payload } from 'payload'
import { createQueues, type Queues } from '../../jobs/plumbing/queues'
import { roleOf } from '../access/roles'
import { env } from '../lib/env'
import { createRedisConnection } from '../lib/redis'
import { QUEUE_BOARD_PATH } from './queue-board-path'


const holder = globalThis as typeof globalThis & { __essaimQueueBoard?: { app: Hono; queues: Queues } }

/** bull-board on every queue of the product, served by a Hono app (one per process, built on first use). */
export function queueBoard(): Hono {
  if (!holder.__essaimQueueBoard) {
    const queues = createQueues(createRedisConnection('producer'), env().queuePrefix)
    const serverAdapter = new HonoAdapter(serveStatic).setBasePath(QUEUE_BOARD_PATH)
    createBullBoard({
      queues: Object.values(queues).map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: {
        // The UI's files, found from the project rather than by require.resolve (which the Next bundle cannot follow).
        uiBasePath: path.resolve(process.cwd(), 'node_modules/@bull-board/ui'),
        uiConfig: { boardTitle: 'essaim · files de travaux / job queues' },
      },
    })
    const app = new Hono().route(QUEUE_BOARD_PATH, serverAdapter.registerPlugin())
    holder.__essaimQueueBoard = { app, queues }
  }
  return holder.__essaimQueueBoard.app
}

const page = (status: number, fr: string, en: string) =>
  new Response(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${fr} · essaim</title></head><body><main><h1>${fr}</h1><p lang="en">${en}</p><p><a href="/admin">Retour à l'administration / back to the admin</a></p></main></body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * The gate in front of the board: administrators only (it shows every job's data and can retry or clean); a
 * signed-out reader goes to the login page and comes back; a change (POST, PUT…) must come from this site.
 */
export async function serveQueueBoard(payload: Payload, request: Request): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  const url = new URL(request.url)
  if (!user) {
    if (request.method !== 'GET') return page(401, 'Connexion requise', 'Sign-in required')
    return Response.redirect(new URL(`/admin/login?redirect=${encodeURIComponent(url.pathname)}`, env().serverUrl), 303)
  }
  if (roleOf(user) !== 'admin') return page(403, 'Réservé aux administrateurs', 'The job queues are for administrators only')
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.get('origin')
    if (origin !== new URL(env().serverUrl).origin) return page(403, 'Requête refusée : elle ne vient pas de ce site', 'Request refused: it does not come from this site')
  }
  return queueBoard().fetch(request)
}
