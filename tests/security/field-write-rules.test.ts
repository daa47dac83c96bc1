import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { FieldAccess, PayloadRequest, SanitizedConfig } from 'payload'
import { collections } from '../../collections'
import { FIELD_WRITE_RULES, GLOBAL_WRITE_RULES } from '../../src/access/field-write-rules'
import { RULE_OF_ACCESS } from '../../src/access/field-write-rules-apply'
import { DOC_PATH, documentedFieldWriteTable, renderFieldWriteTable } from '../../src/access/field-write-rules-doc'
import { topLevelDataFields, type DataField } from '../../src/access/field-write-rules-fields'
import { grants } from '../../src/access/field-write-rules-model'
import { ROLES } from '../../src/access/roles'
import { useTestEnv } from '../helpers/test-env'

/**
 * The field write table (src/access/field-write-rules.ts) against the running config and against docs/security.md:
 * a field of the config missing from the table, a row for a field that does not exist, an access function that
 * answers otherwise than the table, or a doc row that differs, fails.
 */

let config: SanitizedConfig
const PROJECT_SLUGS = collections.map((c) => c.slug)
const USERS = [undefined, ...ROLES.map((role) => ({ id: `u-${role}`, role, structures: [] }))]

beforeAll(async () => {
  await useTestEnv()
  const { default: pending } = await import('../../src/payload.config')
  config = await pending
})

const fieldsOf = (slug: string): DataField[] => {
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) throw new Error(`no collection ${slug}`)
  return topLevelDataFields(collection.fields)
}

const statusesOf = (slug: string): (string | undefined)[] => {
  const status = fieldsOf(slug).find((f) => f.name === 'status')
  const options = status && 'options' in status && Array.isArray(status.options) ? status.options : []
  return [undefined, ...options.map((o) => (typeof o === 'string' ? o : o.value))]
}

describe('the field write table covers the config exactly', () => {
  it('has a row for every top-level data field of every collection, and no row for a field that does not exist', () => {
    const missing: string[] = []
    const unknown: string[] = []
    for (const slug of PROJECT_SLUGS) {
      const table = FIELD_WRITE_RULES[slug] ?? {}
      const names = fieldsOf(slug).map((f) => f.name)
      for (const name of names) if (!table[name]) missing.push(`${slug}.${name}`)
      for (const name of Object.keys(table)) if (!names.includes(name)) unknown.push(`${slug}.${name}`)
    }
    expect(Object.keys(FIELD_WRITE_RULES).filter((slug) => !PROJECT_SLUGS.includes(slug))).toEqual([])
    expect(missing).toEqual([])
    expect(unknown).toEqual([])
  })

  it("installs the table's rule as each field's create and update access, and they answer as the table says for every role and state", () => {
    const differences: string[] = []
    let checks = 0
    for (const slug of PROJECT_SLUGS) {
      for (const field of fieldsOf(slug)) {
        const rule = FIELD_WRITE_RULES[slug]?.[field.name]
        if (!rule) continue // reported by the test above
        for (const operation of ['create', 'update'] as const) {
          const access = field.access?.[operation] as FieldAccess | undefined
          const installed = access ? RULE_OF_ACCESS.get(access) : undefined
          if (!access || installed?.rule !== rule || installed.operation !== operation) {
            differences.push(`${slug}.${field.name} ${operation}: not the table's rule`)
            continue
          }
          for (const user of USERS) {
            for (const status of operation === 'create' ? [undefined] : statusesOf(slug)) {
              const doc = operation === 'create' ? undefined : { status }
              const req = { user } as unknown as PayloadRequest
              // Without siblingData, as Payload asks when it computes permissions (never throws).
              const answer = access({ req, doc, data: doc } as Parameters<FieldAccess>[0])
              const expected = grants(rule[operation], { user, doc })
              checks += 1
              if (answer !== expected) differences.push(`${slug}.${field.name} ${operation} as ${user?.role ?? 'anonymous'} in ${status}: ${String(answer)}`)
            }
          }
        }
      }
    }
    expect(differences).toEqual([])
    expect(checks).toBeGreaterThan(1000)
  })

  it('covers every global the same way: a row per field, each installed as its create and update access', () => {
    const differences: string[] = []
    expect(Object.keys(GLOBAL_WRITE_RULES).sort()).toEqual(config.globals.map((g) => g.slug).sort())
    for (const global of config.globals) {
      const table = GLOBAL_WRITE_RULES[global.slug] ?? {}
      const names = topLevelDataFields(global.fields).map((f) => f.name)
      for (const name of names) if (!table[name]) differences.push(`${global.slug}.${name}: no row`)
      for (const name of Object.keys(table)) if (!names.includes(name)) differences.push(`${global.slug}.${name}: no such field`)
      for (const field of topLevelDataFields(global.fields)) {
        for (const operation of ['create', 'update'] as const) {
          const access = field.access?.[operation] as FieldAccess | undefined
          const rule = table[field.name]
          if (!rule || !access || RULE_OF_ACCESS.get(access)?.rule !== rule) {
            differences.push(`${global.slug}.${field.name} ${operation}: not the table's rule`)
            continue
          }
          for (const user of USERS) {
            const answer = access({ req: { user } as unknown as PayloadRequest, doc: {}, data: {} } as Parameters<FieldAccess>[0])
            if (answer !== grants(rule[operation], { user, doc: {} })) differences.push(`${global.slug}.${field.name} ${operation} as ${user?.role ?? 'anonymous'}`)
          }
        }
      }
    }
    expect(differences).toEqual([])
  })

  it('is the table written in docs/security.md, row for row', () => {
    const documented = documentedFieldWriteTable(readFileSync(DOC_PATH, 'utf8'))
    expect(documented).toEqual(renderFieldWriteTable())
  })
})

describe('a denied write', () => {
  const access = (slug: string, name: string, operation: 'create' | 'update'): FieldAccess => {
    const field = fieldsOf(slug).find((f) => f.name === name)
    return field?.access?.[operation] as FieldAccess
  }
  const sa = { req: { user: { id: 'sa', role: 'structure-admin', structures: [] } } as unknown as PayloadRequest }

  it('that changes the value is refused with 403, naming the field by its label in French and English', () => {
    const update = access('funding-files', 'agreedAmount', 'update')
    const attempt = () => update({ ...sa, doc: { status: 'submitted', agreedAmount: 100 }, siblingData: { agreedAmount: 9000 } } as Parameters<FieldAccess>[0])
    expect(attempt).toThrow(/« Montant accordé \(€ HT\) ».* \/ you may not change the "Agreed amount \(€ excl\. VAT\)" field/)
    try {
      attempt()
    } catch (error) {
      expect((error as { status?: number }).status).toBe(403)
    }
  })

  it('that resends the stored value (the admin form does) is dropped quietly', () => {
    const update = access('funding-files', 'documents', 'update')
    const stored = { documents: [{ id: 'row1', type: 'devis', title: 'Devis', file: 'm1', version: 1 }] }
    const resent = { documents: [{ id: 'row1', type: 'devis', title: 'Devis', file: { id: 'm1', filename: 'x.pdf' }, version: 1 }] }
    expect(update({ ...sa, doc: stored, siblingData: resent } as Parameters<FieldAccess>[0])).toBe(false)
  })

  it('that fills in the default on a document storing nothing (an older one, in the admin form) is dropped quietly', () => {
    const update = access('funding-files', 'billingStatus', 'update')
    expect(update({ ...sa, doc: { billingStatus: null }, siblingData: { billingStatus: 'none' } } as Parameters<FieldAccess>[0])).toBe(false)
    expect(() => update({ ...sa, doc: { billingStatus: null }, siblingData: { billingStatus: 'paid' } } as Parameters<FieldAccess>[0])).toThrow(/« Facturation »/)
    // Unticking a box whose default is ticked is a change, not an empty value.
    const subrogation = access('funding-files', 'subrogation', 'update')
    const submitted = { status: 'submitted', subrogation: true }
    expect(() => subrogation({ ...sa, doc: submitted, siblingData: { subrogation: false } } as Parameters<FieldAccess>[0])).toThrow(/« Subrogation de paiement »/)
  })

  it('names the states in which a state-bound field may change', () => {
    const update = access('funding-files', 'checklist', 'update')
    const call = (status: string) =>
      update({ ...sa, doc: { status, checklist: {} }, siblingData: { checklist: { devisSigned: true } } } as Parameters<FieldAccess>[0])
    expect(call('draft')).toBe(true)
    expect(() => call('submitted')).toThrow(/« brouillon » ou « prêt à déposer »/)
  })
})
