/**
 * Relationship scope (issue 16), tried as someone looking for holes would: for every relationship and upload field
 * of the config, as each non-admin role, a create and an update through REST pointing at a document that role may
 * not read (another structure's, another ERIC space's…). Each must be refused (400, naming the field, from the
 * scope check, wherever the role may write the collection at all; 403/404 otherwise) and nothing stored. Then the
 * state rules (a cancelled session, a session of another structure, another file's document, a structure's
 * reserved document as a cover image), the same-tenant writes that must keep working, and the documents-endpoint
 * exploit as a regression.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { collectReferences, listReferenceFields, type ReferenceField } from '../../src/access/reference-scope-fields'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { createScopeWorld, PASSWORD, type ScopeWorld } from './reference-fixtures'

let payload: Payload
let world: ScopeWorld

type RoleKey = 'coordinator' | 'editor' | 'structureAdmin' | 'facilitator'
const ROLES: RoleKey[] = ['coordinator', 'editor', 'structureAdmin', 'facilitator']
const emailOf = (role: RoleKey) => (role === 'editor' ? world.editor.email : world.users[role].email)
const rest = (role: RoleKey, method: string, path: string, body?: unknown) =>
  restCall(payload, { method, path, login: { email: emailOf(role), password: PASSWORD }, body })

type Doc = Record<string, unknown>

/** The user document as access functions receive it. */
async function userDoc(role: RoleKey): Promise<Doc> {
  const id = role === 'editor' ? world.editor.id : world.users[role].id
  return { ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' }
}

/** Ids of `collection` this role may read (its read access, as REST would apply it). */
async function readableIds(role: RoleKey, collection: CollectionSlug, ids: string[]): Promise<Set<string>> {
  try {
    const { docs } = await payload.find({ collection, where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: false, user: await userDoc(role) })
    return new Set(docs.map((d) => String(d.id)))
  } catch {
    return new Set() // no read access at all
  }
}

const foreignCache = new Map<string, Promise<string | undefined>>()

/** A document of `collection` this role may not read, B's own when there is one; undefined when it reads them all. */
function foreignTarget(role: RoleKey, collection: CollectionSlug): Promise<string | undefined> {
  const key = `${role}|${collection}`
  const cached = foreignCache.get(key) ?? findForeignTarget(role, collection)
  foreignCache.set(key, cached)
  return cached
}

async function findForeignTarget(role: RoleKey, collection: CollectionSlug): Promise<string | undefined> {
  const { docs } = await payload.find({ collection, depth: 0, limit: 200, overrideAccess: true })
  const all = docs.map((d) => String(d.id))
  const readable = await readableIds(role, collection, all)
  const preferred = world.foreign[collection]
  if (preferred && !readable.has(preferred)) return preferred
  return all.find((id) => !readable.has(id))
}

/** A body that sets only this field (inside its groups and array rows) to the target. */
function bodyFor(field: ReferenceField, collection: string, id: string): Doc {
  const value = field.polymorphic ? { relationTo: collection, value: id } : id
  let inner: unknown = { [field.path.split('.').at(-1) as string]: field.hasMany ? [value] : value }
  for (const c of [...field.containers].reverse()) inner = { [c.name]: c.list ? [inner] : inner }
  return inner as Doc
}

const holds = (fields: ReferenceField[], doc: unknown, path: string, id: string) =>
  collectReferences(fields as never, doc).some((r) => r.field.path === path && r.id === id)

/** Whether the role's permissions (GET /api/access) let it create in the collection. */
async function createAllowed(role: RoleKey): Promise<Record<string, boolean>> {
  const { json } = await rest(role, 'GET', '/access')
  // Payload sanitises `{ permission: true }` to `true` in this answer; accept both shapes.
  const collections = (json.collections ?? {}) as Record<string, { create?: boolean | { permission?: boolean } }>
  return Object.fromEntries(
    Object.entries(collections).map(([slug, p]) => [slug, p.create === true || (typeof p.create === 'object' && p.create.permission === true)]),
  )
}

/** The scope check's refusal: a 400 whose field error is this field, with a French and an English message. */
function scopeRefusal(json: Doc, path: string): string | undefined {
  const errors = (json.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
  return errors.flatMap((e) => e.data?.errors ?? []).find((e) => e.path === path)?.message
}

const counts = { tried: 0, accepted: 0, refusedByScope: 0, refusedByAccess: 0, notApplicable: 0 }
const accepted: string[] = []
/** Refusals that are not the clear 400 (scope) or 403/404 (access) expected. */
const unclear: string[] = []

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  world = await createScopeWorld(payload)
}, 300_000)

afterAll(async () => {
  console.log(`reference-scope: ${JSON.stringify(counts)}`)
  await payload?.destroy()
})

describe('every relationship and upload field, as every non-admin role, with a foreign target', () => {
  it('is refused with a clear 400/403 on create and update, and nothing is stored', async () => {
    for (const role of ROLES) {
      const canCreate = await createAllowed(role)
      const user = await userDoc(role)
      for (const config of payload.config.collections) {
        const slug = config.slug as CollectionSlug
        if (slug.startsWith('payload-')) continue
        const fields = listReferenceFields(config.fields)
        // The document an update tries: one the role may read when there is one (else any: access refuses it).
        const { docs: readable } = await payload
          .find({ collection: slug, depth: 0, limit: 1, overrideAccess: false, user })
          .catch(() => ({ docs: [] as { id: unknown }[] }))
        const { docs: anyDocs } = await payload.find({ collection: slug, depth: 0, limit: 1, overrideAccess: true })
        const victim = readable[0] ?? anyDocs[0]
        for (const field of fields) {
          for (const target of field.relationTo as CollectionSlug[]) {
            const foreign = await foreignTarget(role, target)
            if (!foreign) {
              counts.notApplicable += 1
              continue
            }
            const body = bodyFor(field, target, foreign)
            const where = `${role} ${slug}.${field.path} → ${target} ${foreign}`

            const before = await payload.count({ collection: slug, overrideAccess: true })
            const created = await rest(role, 'POST', `/${slug}`, body)
            counts.tried += 1
            const after = await payload.count({ collection: slug, overrideAccess: true })
            if (created.status < 400 || after.totalDocs !== before.totalDocs) {
              counts.accepted += 1
              accepted.push(`create ${where}: ${created.status}`)
            } else if (created.status === 400) {
              // The scope check runs before the collection's access: its refusal names the field in both languages.
              const message = scopeRefusal(created.json, field.path)
              if (message?.startsWith(`${field.label.fr} : `) && message.includes(` / ${field.label.en}: `)) counts.refusedByScope += 1
              else unclear.push(`create ${where}: 400 without the field's bilingual message`)
            } else if (!canCreate[slug] && [401, 403].includes(created.status)) {
              counts.refusedByAccess += 1
            } else {
              unclear.push(`create ${where}: ${created.status}`)
            }

            if (!victim) continue
            const id = String(victim.id)
            const updated = await rest(role, 'PATCH', `/${slug}/${id}`, body)
            counts.tried += 1
            const stored = await payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true })
            if (updated.status < 400 || holds(fields, stored, field.path, foreign)) {
              counts.accepted += 1
              accepted.push(`update ${where}: ${updated.status}`)
            } else if (updated.status === 400) {
              const message = scopeRefusal(updated.json, field.path)
              if (message?.startsWith(`${field.label.fr} : `) && message.includes(` / ${field.label.en}: `)) counts.refusedByScope += 1
              else unclear.push(`update ${where}: 400 without the field's bilingual message`)
            } else if ([403, 404].includes(updated.status)) {
              counts.refusedByAccess += 1
            } else {
              unclear.push(`update ${where}: ${updated.status}`)
            }
          }
        }
      }
    }
    expect(accepted).toEqual([])
    expect(unclear).toEqual([])
    expect(counts.tried).toBeGreaterThan(100)
    expect(counts.refusedByScope).toBeGreaterThan(20)
  }, 600_000)
})

describe('state rules and the same tenant', () => {
  const file = () => world.own['funding-files'] as string
  const storedFile = () => payload.findByID({ collection: 'funding-files', id: file(), depth: 0, overrideAccess: true })

  it('a structure admin cannot attach another structure’s session to their file (the reported hole)', async () => {
    const res = await rest('structureAdmin', 'PATCH', `/funding-files/${file()}`, { session: world.foreign.sessions })
    expect(res.status).toBe(400)
    expect(scopeRefusal(res.json, 'session')).toBe(
      'Session : cette session n’appartient pas à vos structures ni à votre périmètre, ou n’existe pas / Session: this session does not belong to your structures or scope, or does not exist',
    )
    expect(String((await storedFile()).session)).toBe(world.sessionId)
  })

  it('nor a cancelled session of their own structure; a coordinator cannot give a file a session of another structure', async () => {
    const cancelled = await rest('structureAdmin', 'PATCH', `/funding-files/${file()}`, { session: world.cancelledOwnSession })
    expect(scopeRefusal(cancelled.json, 'session')).toContain('annulée')
    const other = await rest('coordinator', 'PATCH', `/funding-files/${file()}`, { session: world.foreign.sessions })
    expect(other.status).toBe(400)
    expect(scopeRefusal(other.json, 'session')).toContain('pas ouverte à cette structure')
    expect(String((await storedFile()).session)).toBe(world.sessionId)
  })

  it('an open session of the same structure is accepted', async () => {
    const res = await rest('structureAdmin', 'PATCH', `/funding-files/${file()}`, { session: world.secondOwnSession })
    expect(res.status).toBe(200)
    expect(String((await storedFile()).session)).toBe(world.secondOwnSession)
  })

  it('a file moved to another structure must keep a session open to it (the unchanged session is checked again)', async () => {
    const res = await rest('coordinator', 'PATCH', `/funding-files/${file()}`, { structure: world.otherStructureId })
    expect(res.status).toBe(400)
    expect(scopeRefusal(res.json, 'session')).toContain('pas ouverte à cette structure')
    expect(String((await storedFile()).structure)).toBe(world.structureId)
  })

  it('document entries: another structure’s media is refused; the file’s own generated document may stay', async () => {
    const rows = ((await storedFile()).documents ?? []) as Doc[]
    const keep = rows.map((r) => ({ id: r.id, type: r.type, title: r.title, file: r.file, version: r.version }))
    for (const role of ['structureAdmin', 'coordinator'] as const) {
      const res = await rest(role, 'PATCH', `/funding-files/${file()}`, { documents: [...keep, { type: 'convocation', file: world.foreignConvocation, version: 9 }] })
      expect(res.status).toBe(400)
      expect(scopeRefusal(res.json, 'documents.file')).toMatch(/^Fichier : .+ \/ File: /)
    }
    const ok = await rest('structureAdmin', 'PATCH', `/funding-files/${file()}`, { documents: keep })
    expect(ok.status).toBe(200)
    const ids = (((await storedFile()).documents ?? []) as Doc[]).map((r) => String(r.file))
    expect(ids).toEqual([world.ownConvocation])
  })

  it('a structure’s reserved document cannot become a cover image; a public file can', async () => {
    const story = (cover: string) => ({ title: 'Témoignage', slug: `temoignage-${cover.slice(0, 6)}`, body: richText('Un récit'), cover })
    const reserved = await rest('editor', 'POST', '/stories', story(world.ownConvocation))
    expect(reserved.status).toBe(400)
    expect(scopeRefusal(reserved.json, 'cover')).toContain('réservé à une structure')
    const ok = await rest('editor', 'POST', '/stories', story(world.publicMedia))
    expect(ok.status).toBe(201)
  })

  it('a structure admin enrols their own participant in their own session and files a complaint about it', async () => {
    const person = await payload.create({
      collection: 'participants',
      overrideAccess: true,
      data: { name: 'Chloé A', email: `chloe-${Date.now()}@example.org`, structure: world.structureId, jobRole: 'reception' } as never,
    })
    const enrolment = await rest('structureAdmin', 'POST', '/enrolments', { session: world.sessionId, participant: person.id, status: 'invited' })
    expect(enrolment.status).toBe(201)
    const complaint = await rest('structureAdmin', 'POST', '/complaints', { session: world.sessionId, subject: 'Salle', description: 'Trop petite', from: { name: 'Chloé', role: 'participant' } })
    expect(complaint.status).toBe(201)
    const foreign = await rest('structureAdmin', 'POST', '/complaints', { session: world.foreign.sessions, subject: 'Salle', description: 'Trop petite', from: { name: 'Chloé', role: 'participant' } })
    expect(foreign.status).toBe(400)
  })
})

describe('the same check on GraphQL', () => {
  it('a structure admin’s mutation attaching another structure’s session is refused and stores nothing', async () => {
    const { token } = await payload.login({ collection: 'users', data: { email: world.users.structureAdmin.email, password: PASSWORD } })
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const id = world.own['funding-files'] as string
    const before = String((await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })).session)
    const response = await GRAPHQL_POST(Promise.resolve(payload.config as SanitizedConfig))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ query: `mutation { updateFundingFile(id: "${id}", data: { session: "${world.foreign.sessions}" }) { id } }` }),
      }),
    )
    const json = (await response.json()) as { data?: { updateFundingFile?: unknown }; errors?: { message: string }[] }
    counts.tried += 1
    expect(json.data?.updateFundingFile ?? null).toBeNull()
    expect(JSON.stringify(json.errors)).toContain('Session')
    const after = String((await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })).session)
    if (after !== before) counts.accepted += 1
    expect(after).toBe(before)
  })
})

describe('GET /api/funding-files/:id/documents/:type (regression: the reported critical hole)', () => {
  it('never serves another structure’s PDF, even when its id sits in the file’s documents', async () => {
    const id = world.own['funding-files'] as string
    // The exploit through REST is refused at the write…
    const write = await rest('structureAdmin', 'PATCH', `/funding-files/${id}`, { documents: [{ type: 'convocation', file: world.foreignConvocation, version: 5 }] })
    expect(write.status).toBe(400)
    // …and if a foreign id got there anyway (written by the system, an old database), the download still refuses.
    const stored = await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })
    const rows = ((stored.documents ?? []) as Doc[]).map((r) => ({ type: r.type, title: r.title, file: r.file, version: r.version }))
    await payload.update({
      collection: 'funding-files',
      id,
      overrideAccess: true,
      context: { documentsOnly: true },
      data: { documents: [...rows, { type: 'convocation', file: world.foreignConvocation, version: 5 }] } as never,
    })
    for (const role of ['structureAdmin', 'coordinator'] as const) {
      const res = await rest(role, 'GET', `/funding-files/${id}/documents/convocation`)
      expect(res.status).toBe(404)
      expect(res.bytes.toString('latin1')).not.toContain('%PDF')
      expect(String(res.json.message)).toContain(' / ')
    }
    // The file's own convocation stays downloadable.
    const own = await rest('structureAdmin', 'GET', `/funding-files/${id}/documents/convocation?version=1`)
    expect(own.status).toBe(200)
    expect(own.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
  })
})

/** A minimal Lexical body. */
function richText(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
    },
  }
}
