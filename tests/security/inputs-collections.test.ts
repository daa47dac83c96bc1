/**
 * Every collection's REST create, update and list, as each role and anonymous, against generated data built from
 * the collection's own fields (valid values, wrong types, nulls, huge strings, odd dates, foreign or made-up ids,
 * unknown keys, arrays for objects) and odd list queries (where, sort, depth, limit). No answer is a 5xx; every
 * 4xx says what is wrong in French and English; whatever was accepted, re-read, keeps every field's rule.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { CollectionSlug, Field, Payload } from 'payload'
import { closeWebReportQueues } from '../../jobs/shared/report-flow'
import { closeOutboxWakePublisher } from '../../src/outbox/wake'
import { seed as seedDemo } from '../../src/seed'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { bootPayload } from '../helpers/boot'
import { forgetLogin, restRequest, type Account } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { isoInstant, mutatedObject, mutatedQuery, oddString, oddValue } from './inputs-arbitraries'
import { answerOf, explore, judge, printTallies, problems, runs, seed, storedProblem } from './inputs-checks'
import { brokenRules } from './inputs-stored'

let payload: Payload
const ROLES = ['admin', 'coordinator', 'editor', 'structure-admin', 'facilitator', 'national', 'anonymous'] as const
type Who = (typeof ROLES)[number]
const accounts = new Map<Who, Account>()
const existing = new Map<string, string[]>()

const idsOf = (slug: string): string[] => existing.get(slug) ?? []
/** The user id of each account the test signs in with. */
const loginIds = new Map<string, Account>()

/**
 * A generated update may change a signing-in account's e-mail or password (an admin may), which ends its sessions:
 * put the demo credentials back so that the next calls are still made as that role, not as a stranger.
 */
async function keepLoginUsable(id: string): Promise<void> {
  const account = loginIds.get(id)
  if (!account) return
  await payload.update({
    collection: 'users',
    id,
    data: { email: account.email, password: account.password, loginAttempts: 0, lockUntil: null },
    overrideAccess: true,
  })
  forgetLogin(payload, account.email)
}

/** A plausible value for one field (its type, options, targets), or undefined when none can be made. */
function validValue(field: Field, depth: number): fc.Arbitrary<unknown> | undefined {
  const many = <T>(one: fc.Arbitrary<T>) => ('hasMany' in field && field.hasMany ? fc.array(one, { maxLength: 3 }) : one)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return many(fc.string({ maxLength: 40 }))
    case 'email':
      return fc.emailAddress()
    case 'number':
      return many(fc.oneof(fc.integer({ min: -10, max: 10_000 }), fc.double({ min: -1, max: 1e6, noNaN: true })))
    case 'checkbox':
      return fc.boolean()
    case 'date':
      return isoInstant
    case 'select':
    case 'radio': {
      const values = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      return values.length ? many(fc.constantFrom(...values)) : undefined
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return undefined
      const targets = idsOf(field.relationTo)
      return targets.length ? many(fc.constantFrom(...targets)) : undefined
    }
    case 'json':
      return fc.jsonValue({ maxDepth: 2 })
    case 'point':
      return fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
    case 'group':
      return depth < 2 ? shapeOf(field.fields, depth + 1) : undefined
    case 'array':
      return depth < 2 ? fc.array(shapeOf(field.fields, depth + 1), { maxLength: 2 }) : undefined
    default:
      return undefined
  }
}

/** The named data fields of a level (rows, collapsibles and unnamed tabs are not levels). */
function dataFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ type: 'group', name: tab.name, fields: tab.fields } as Field] : dataFields(tab.fields)))
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') return []
    return [field]
  })
}

/** A data object on the fields: each field absent, plausible or odd; unknown keys now and then. */
function shapeOf(fields: readonly Field[], depth = 0): fc.Arbitrary<unknown> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {}
  for (const field of dataFields(fields)) {
    if (!('name' in field) || field.name === 'id') continue
    shape[field.name] = validValue(field, depth) ?? oddValue
  }
  return mutatedObject(shape)
}

/** One field set to a plausible value: the update a person makes, which should often be accepted and stored. */
function oneField(fields: readonly Field[]): fc.Arbitrary<unknown> | undefined {
  const options = dataFields(fields).flatMap((field) => {
    const value = 'name' in field && field.name !== 'id' ? validValue(field, 0) : undefined
    return value && 'name' in field ? [value.map((v) => ({ [field.name]: v }))] : []
  })
  return options.length ? fc.oneof(...options) : undefined
}

/** A list query: odd where clauses on real field names and operators, sort, depth, limit, page. */
function listQuery(fields: readonly Field[]): fc.Arbitrary<string> {
  const names = dataFields(fields).map((f) => ('name' in f ? f.name : 'id'))
  const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'contains', 'exists', 'greater_than', 'less_than_equal', 'near', 'within', 'intersects']
  const where = fc
    .tuple(fc.constantFrom('id', ...names), fc.constantFrom(...operators), fc.oneof(oddString, fc.constantFrom('true', '1', '2026-01-01', '1,2')))
    .map(([name, op, value]) => `where[${name}][${op}]=${encodeURIComponent(value)}`)
  const rest = mutatedQuery({
    depth: fc.constantFrom('0', '1', '2', '10'),
    limit: fc.constantFrom('1', '10', '0', '1000'),
    page: fc.constantFrom('1', '2'),
    sort: fc.constantFrom('-createdAt', ...names.slice(0, 5)),
  })
  return fc.tuple(fc.array(where, { maxLength: 2 }), rest).map(([clauses, query]) => {
    const joined = [query.replace(/^\?/, ''), ...clauses].filter(Boolean).join('&')
    return joined ? `?${joined}` : ''
  })
}

const SKIPPED = new Set(['payload-preferences', 'payload-migrations', 'payload-locked-documents', 'payload-kv', 'payload-jobs', 'payload-folders'])

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  await seedDemo(payload)
  for (const who of ROLES) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === who)
    if (account) accounts.set(who, { email: account.email, password: account.password })
  }
  for (const account of accounts.values()) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0, overrideAccess: true })
    if (docs[0]) loginIds.set(String(docs[0].id), account)
  }
  for (const slug of Object.keys(payload.collections)) {
    const { docs } = await payload.find({ collection: slug as CollectionSlug, limit: 5, depth: 0, overrideAccess: true, select: {} })
    existing.set(slug, docs.map((d) => String(d.id)))
  }
}, 300_000)

afterAll(async () => {
  printTallies(`Collections through REST (fast-check seed ${seed})`)
  await closeWebReportQueues()
  closeOutboxWakePublisher()
  await payload?.destroy()
})

describe('collections under generated input, as each role', () => {
  it('has collections to try', () => {
    expect(Object.keys(payload.collections).filter((slug) => !SKIPPED.has(slug)).length).toBeGreaterThan(15)
  })

  const slugs = () => Object.keys(payload.collections).filter((slug) => !SKIPPED.has(slug)) as CollectionSlug[]

  it('create, update and list of every collection: no 5xx, 4xx in French and English, nothing stored against the rules', async () => {
    for (const slug of slugs()) {
      const config = payload.collections[slug].config
      const isUpload = Boolean(config.upload)
      const ids = idsOf(slug)
      const single = oneField(config.fields)
      const operation = fc.oneof(
        // Creating an upload needs a file (the upload engineer's tests): its JSON update and list are tried here.
        ...(isUpload ? [] : [fc.record({ op: fc.constant('create' as const), data: shapeOf(config.fields), id: fc.constant('') })]),
        ...(ids.length ? [fc.record({ op: fc.constant('update' as const), data: shapeOf(config.fields), id: fc.constantFrom(...ids) })] : []),
        ...(ids.length && single ? [fc.record({ op: fc.constant('update' as const), data: single, id: fc.constantFrom(...ids) })] : []),
        fc.record({ op: fc.constant('list' as const), data: listQuery(config.fields), id: fc.constant('') }),
      )
      const name = `${slug} create/update/list`
      await explore(fc.record({ who: fc.constantFrom(...ROLES), call: operation }), runs(110), async ({ who, call }) => {
        const body = call.op === 'list' ? undefined : JSON.stringify(call.data) ?? 'null'
        const path = call.op === 'create' ? `/${slug}` : call.op === 'update' ? `/${slug}/${call.id}` : `/${slug}${String(call.data)}`
        const method = call.op === 'create' ? 'POST' : call.op === 'update' ? 'PATCH' : 'GET'
        const response = await restRequest(payload, { method, path, login: accounts.get(who), body, contentType: body === undefined ? undefined : 'application/json' })
        const answer = await answerOf(response)
        judge(name, { who, method, path, body }, answer)
        if (call.op !== 'list' && answer.status < 300) {
          const id = String((answer.json?.doc as { id?: unknown } | undefined)?.id ?? call.id)
          for (const broken of await brokenRules(payload, slug, id)) storedProblem(name, { who, method, path, body }, broken)
          if (slug === 'users') await keepLoginUsable(id)
        }
      })
    }
    expect(problems.slice(0, 8)).toEqual([])
  }, 900_000)
})
