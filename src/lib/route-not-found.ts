import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/** Payload answers an unknown API address with an English-only « Route not found »; essaim says it in both languages. */
const notFound: PayloadHandler = async (req) => {
  const path = new URL(req.url ?? 'http://localhost/').pathname
  return Response.json(
    { message: `Adresse d’API inconnue : ${path} / unknown API address: ${path}`, code: 'route_not_found' },
    { status: 404 },
  )
}

/** Matches any path under the collection, global or API root (path-to-regexp 6: zero or more segments). */
const catchAll: Endpoint[] = METHODS.map((method) => ({ path: '/:rest*', method, handler: notFound }))

/**
 * Appends the bilingual « not found » answer after every other endpoint, on the sanitized config: Payload pushes
 * its own endpoints after a collection's custom ones, so appended earlier it would shadow them. Payload takes the
 * first endpoint that matches, so this one answers only what nothing else does.
 */
export function withBilingualNotFound(config: SanitizedConfig): SanitizedConfig {
  const append = <T extends { endpoints?: Endpoint[] | false }>(entity: T) => {
    if (entity.endpoints !== false) entity.endpoints = [...(entity.endpoints ?? []), ...catchAll]
  }
  config.collections.forEach(append)
  config.globals.forEach(append)
  append(config)
  return config
}
