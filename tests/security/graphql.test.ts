import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, formatNames, toWords, type CollectionSlug, type Payload, type SanitizedCollectionConfig, type Where } from 'payload'
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from '../../src/lib/graphql-limits'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

/**
 * GraphQL is a second door to the same data: signed in as each role, it must show exactly what the access rules
 * show (never more), refuse every update and delete the rules refuse, and bound what one request may cost.
 */
type Role = 'anonymous' | (typeof DEMO_ACCOUNTS)[number]['role']
type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

let payload: Payload
const tokens = new Map<Role, string | undefined>()
const users = new Map<Role, Record<string, unknown> | undefined>()
let slugs: CollectionSlug[] = []

async function graphql(query: string, role: Role = 'anonymous'): Promise<GraphQLAnswer> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const token = tokens.get(role)
  if (token) headers.Authorization = `JWT ${token}`
  const response = await GRAPHQL_POST(Promise.resolve(payload.config))(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  return (await response.json()) as GraphQLAnswer
}

/** The names Payload gives a collection in the schema (same rule as @payloadcms/graphql's initCollections). */
function names(config: SanitizedCollectionConfig): { singular: string; plural: string } {
  const custom: { singularName?: string; pluralName?: string } = typeof config.graphQL === 'object' ? config.graphQL : {}
  const fromSlug = formatNames(config.slug)
  const singular = custom.singularName ? toWords(custom.singularName, true) : fromSlug.singular
  const plural = custom.pluralName ? toWords(custom.pluralName, true) : fromSlug.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** The ids a role may read (Local API, access applied), or may update, per the collection's own access rule. */
async function readable(slug: CollectionSlug, role: Role): Promise<string[]> {
  try {
    const found = await payload.find({ collection: slug, user: users.get(role), overrideAccess: false, limit: 0, pagination: false, depth: 0 })
    return found.docs.map((d) => String(d.id))
  } catch {
    return []
  }
}

async function allowedTo(operation: 'update' | 'delete', slug: CollectionSlug, role: Role): Promise<Set<string>> {
  const access = payload.collections[slug].config.access[operation]
  const req = await createLocalReq({ user: users.get(role) as never }, payload)
  const result = await access({ req })
  if (result === true) return new Set((await payload.find({ collection: slug, overrideAccess: true, pagination: false, depth: 0 })).docs.map((d) => String(d.id)))
  if (!result) return new Set()
  const found = await payload.find({ collection: slug, where: result as Where, overrideAccess: true, pagination: false, depth: 0 })
  return new Set(found.docs.map((d) => String(d.id)))
}

const ROLES: Role[] = ['anonymous', 'admin', 'coordinator', 'editor', 'structure-admin', 'facilitator', 'national']

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  const { seed } = await import('../../src/seed')
  await seed(payload)
  for (const role of ROLES) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)
    if (!account) continue
    const login = await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })
    tokens.set(role, login.token)
    users.set(role, { ...(login.user as unknown as Record<string, unknown>), collection: 'users' })
  }
  slugs = payload.config.collections.filter((c) => c.graphQL !== false).map((c) => c.slug as CollectionSlug)
}, 240_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('GraphQL, role by role, signed in', () => {
  it('lists exactly what the access rules let each role read, in every collection', async () => {
    const mismatches: string[] = []
    let compared = 0
    for (const slug of slugs) {
      const { plural } = names(payload.collections[slug].config)
      for (const role of ROLES) {
        const answer = await graphql(`{ ${plural}(limit: 1000) { docs { id } } }`, role)
        const viaGraphQL = ((answer.data?.[plural] as { docs?: { id: string }[] } | null)?.docs ?? []).map((d) => String(d.id)).sort()
        const allowed = (await readable(slug, role)).sort()
        compared += 1
        if (JSON.stringify(viaGraphQL) !== JSON.stringify(allowed)) {
          mismatches.push(`${role} × ${slug}: GraphQL ${viaGraphQL.length}, rules ${allowed.length} ${answer.errors?.[0]?.message ?? ''}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    expect(compared).toBe(slugs.length * ROLES.length)
    process.stdout.write(`[security] GraphQL lists: ${compared} role × collection pairs (${slugs.length} collections), 0 differ from the access rules\n`)
  }, 300_000)

  it('shows a structure admin only their own structures’ funding files, even through a relationship', async () => {
    const own = ((users.get('structure-admin')?.structures as (string | { id: string })[]) ?? []).map((s) => (typeof s === 'string' ? s : s.id))
    expect(own.length).toBeGreaterThan(0)
    const all = await payload.find({ collection: 'funding-files', overrideAccess: true, pagination: false, depth: 0 })
    const foreign = all.docs.filter((f) => !own.includes(String(f.structure)))
    expect(foreign.length).toBeGreaterThan(0)
    const answer = await graphql('{ FundingFiles(limit: 0, pagination: false) { docs { id structure { id } } } }', 'structure-admin')
    const docs = (answer.data?.FundingFiles as { docs: { id: string; structure: { id: string } | null }[] }).docs
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(own).toContain(doc.structure?.id)
    // Asked by id, a foreign file is not there either.
    const byId = await graphql(`{ FundingFile(id: "${foreign[0].id}") { id reference } }`, 'structure-admin')
    expect(byId.data?.FundingFile ?? null).toBeNull()
    expect(byId.errors?.length).toBeGreaterThan(0)
  }, 60_000)

  it('refuses every update and delete the access rules refuse, and nothing changes', async () => {
    let tried = 0
    const accepted: string[] = []
    for (const slug of slugs) {
      const config = payload.collections[slug].config
      if (typeof config.graphQL === 'object' && config.graphQL.disableMutations) continue
      const { singular } = names(config)
      const everyId = (await payload.find({ collection: slug, overrideAccess: true, pagination: false, depth: 0 })).docs
      for (const role of ROLES) {
        for (const operation of ['update', 'delete'] as const) {
          const allowed = await allowedTo(operation, slug, role)
          for (const doc of everyId.filter((d) => !allowed.has(String(d.id))).slice(0, 2)) {
            const id = JSON.stringify(String(doc.id))
            const mutation = operation === 'update' ? `update${singular}(id: ${id}, data: {})` : `delete${singular}(id: ${id})`
            const answer = await graphql(`mutation { ${mutation} { id } }`, role)
            tried += 1
            if (!answer.errors?.length) accepted.push(`${role} ${operation} ${slug} ${doc.id}`)
            const after = await payload.find({ collection: slug, where: { id: { equals: doc.id } }, overrideAccess: true, depth: 0 })
            if (after.docs.length !== 1) accepted.push(`${role} deleted ${slug} ${doc.id}`)
            else if ((after.docs[0] as { updatedAt?: string }).updatedAt !== (doc as { updatedAt?: string }).updatedAt) accepted.push(`${role} changed ${slug} ${doc.id}`)
          }
        }
      }
    }
    expect(accepted).toEqual([])
    expect(tried).toBeGreaterThan(100)
    process.stdout.write(`[security] GraphQL mutations: ${tried} refused updates/deletes tried, ${accepted.length} accepted\n`)
  }, 600_000)

  it('refuses a structure admin’s create in a collection they may not create in', async () => {
    const before = await payload.count({ collection: 'structures', overrideAccess: true })
    const answer = await graphql('mutation { createStructure(data: { name: "Intrus", type: chrs, siret: "12345678900012", commune: "X", postalCode: "13001", departement: "13", opco: opco_sante, idcc: "0413" }) { id } }', 'structure-admin')
    expect(answer.errors?.length).toBeGreaterThan(0)
    expect(await payload.count({ collection: 'structures', overrideAccess: true })).toEqual(before)
  })
})

describe('GraphQL limits', () => {
  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels, with a bilingual message`, async () => {
    // structure → its admins (a join) → their structures → …: depth 9 (each field with a selection is a level).
    const deep = '{ Structures { docs { admins { docs { structures { admins { docs { structures { id } } } } } } } } }'
    const answer = await graphql(deep, 'admin')
    expect(answer.data ?? null).toBeNull()
    expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(/trop profonde.*too deep/)
    const shallow = await graphql('{ FundingFiles(limit: 1) { docs { id structure { id name } } } }', 'admin')
    expect(shallow.errors).toBeUndefined()
  })

  it(`refuses a query whose complexity is over ${MAX_QUERY_COMPLEXITY}`, async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `f${i}: FundingFiles(limit: 1) { docs { id structure { id } } }`).join(' ')
    const answer = await graphql(`{ ${aliases} }`, 'admin')
    expect(answer.data ?? null).toBeNull()
    expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(/complexity/i)
  })

  it('answers introspection outside production only', async () => {
    expect(payload.config.graphQL.disableIntrospectionInProduction).toBe(true)
    const query = '{ __schema { queryType { name } } }'
    expect((await graphql(query)).data?.__schema).toBeTruthy()
    // Payload's rule reads NODE_ENV at each request.
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      const answer = await graphql(query)
      expect(answer.data?.__schema ?? null).toBeNull()
      expect(answer.errors?.length).toBeGreaterThan(0)
    } finally {
      env.NODE_ENV = previous
    }
  })
})
