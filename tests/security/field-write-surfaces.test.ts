import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, SanitizedConfig } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/**
 * The field write rules hold on every surface, not only REST: a GraphQL mutation is refused the same way, and the
 * permissions the admin reads (POST /api/<collection>/access/:id, computed on the stored document) say which fields
 * a person may change in the document's current state, so the edit view shows the others read-only.
 */

let payload: Payload
let world: FileWorld
let draft: string
let filed: string
const PASSWORD = 'motdepasse-test'

/** Payload's sanitized permissions: `true` when every operation is allowed, else the allowed ones only. */
type FieldPermissions = Record<string, true | { create?: true; read?: true; update?: true }>

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  world = await createFileWorld(payload, new Date(), 60)
  const file = (data: Record<string, unknown>) =>
    payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure: world.structureId, requestedAmount: 4800, ...data } as never })
  draft = String((await file({ session: world.sessionId })).id)
  filed = String((await file({})).id)
  // Filed with the OPCO: only the move service may put it there (the guard refuses a plain system edit of the status).
  await payload.update({
    collection: 'funding-files',
    id: filed,
    overrideAccess: true,
    context: { workflowMove: { kind: 'transition', from: 'ready', to: 'submitted', plan: {}, actor: { role: 'system' } } },
    data: { status: 'submitted', opcoRef: 'OPCO-9' } as never,
  })
})

afterAll(async () => {
  await payload?.destroy()
})

async function graphql(email: string, query: string) {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const response = await GRAPHQL_POST(Promise.resolve(payload.config as SanitizedConfig))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
}

const stored = async (id: string) => payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })

describe('GraphQL', () => {
  it('refuses a structure admin writing the OPCO decision, naming the field, and stores nothing', async () => {
    const result = await graphql(world.users.structureAdmin.email, `mutation { updateFundingFile(id: "${draft}", data: { agreedAmount: 9000 }) { id } }`)
    expect(result.errors?.[0]?.message).toContain('« Montant accordé (€ HT) »')
    expect((await stored(draft)).agreedAmount ?? null).toBeNull()
  })

  it('lets them change their request', async () => {
    const result = await graphql(world.users.structureAdmin.email, `mutation { updateFundingFile(id: "${draft}", data: { requestedAmount: 5200 }) { requestedAmount } }`)
    expect(result.errors).toBeUndefined()
    expect((await stored(draft)).requestedAmount).toBe(5200)
  })
})

describe('the permissions the admin reads', () => {
  const updatable = (permissions: FieldPermissions, ...names: string[]): boolean[] =>
    names.map((name) => {
      const permission = permissions[name]
      return permission === true || permission?.update === true
    })
  const fields = async (email: string, id: string): Promise<FieldPermissions> => {
    const { status, json } = await restCall(payload, { method: 'POST', path: `/funding-files/access/${id}`, login: { email, password: PASSWORD }, body: {} })
    expect(status).toBe(200)
    return json.fields as FieldPermissions
  }

  it('show the checklist editable while the file is prepared and read-only once filed, the workflow facts never', async () => {
    const sa = world.users.structureAdmin.email
    const preparing = await fields(sa, draft)
    expect(updatable(preparing, 'checklist', 'requestedAmount')).toEqual([true, true])
    expect(updatable(preparing, 'agreedAmount', 'status', 'documents')).toEqual([false, false, false])
    const submitted = await fields(sa, filed)
    expect(updatable(submitted, 'checklist', 'requestedAmount')).toEqual([false, false])
  })

  it('show the evidence read-only to staff before the session is delivered', async () => {
    const coordinator = await fields(world.users.coordinator.email, filed)
    expect(updatable(coordinator, 'evidence', 'requestedAmount')).toEqual([false, true])
  })
})
