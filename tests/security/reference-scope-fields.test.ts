/** The walk that finds every reference a write holds: a field it misses would be a field the scope check misses. */
import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'
import { collectReferences, listReferenceFields } from '../../src/access/reference-scope-fields'

const FIELDS: Field[] = [
  { name: 'session', type: 'relationship', relationTo: 'sessions', label: { fr: 'Séance', en: 'Session' } },
  { type: 'row', fields: [{ name: 'structures', type: 'relationship', relationTo: 'structures', hasMany: true }] },
  { name: 'assets', type: 'group', fields: [{ name: 'cover', type: 'upload', relationTo: 'media' }] },
  { type: 'collapsible', label: 'x', fields: [{ name: 'documents', type: 'array', fields: [{ name: 'file', type: 'upload', relationTo: 'media' }] }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'named', fields: [{ name: 'owner', type: 'relationship', relationTo: 'users' }] },
      { label: 'inline', fields: [{ name: 'sources', type: 'relationship', relationTo: ['complaints', 'reports'], hasMany: true }] },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', fields: [{ name: 'author', type: 'relationship', relationTo: 'participants' }] }],
  },
]

describe('listReferenceFields', () => {
  it('finds every relationship and upload at any depth, with its label and containers', () => {
    const found = listReferenceFields(FIELDS)
    expect(found.map((f) => f.path)).toEqual(['session', 'structures', 'assets.cover', 'documents.file', 'named.owner', 'sources', 'layout.author'])
    expect(found[0]?.label).toEqual({ fr: 'Séance', en: 'Session' })
    expect(found[1]?.label).toEqual({ fr: 'structures', en: 'structures' })
    expect(found.find((f) => f.path === 'documents.file')?.containers).toEqual([{ name: 'documents', list: true }])
    expect(found.find((f) => f.path === 'sources')).toMatchObject({ polymorphic: true, hasMany: true, relationTo: ['complaints', 'reports'] })
  })
})

describe('collectReferences', () => {
  it('reads ids, populated documents, polymorphic values, array rows and blocks; ignores empty values', () => {
    const refs = collectReferences(FIELDS, {
      session: { id: 's1', title: 'populated' },
      structures: ['a', 'b', null],
      assets: { cover: 7 },
      documents: [{ file: 'm1' }, { file: null }, { file: 'm2' }],
      named: { owner: '' },
      sources: [{ relationTo: 'reports', value: 'r1' }, { relationTo: 'complaints', value: { id: 'c1' } }, 'not-polymorphic'],
      layout: [{ blockType: 'quote', author: 'p1' }, { blockType: 'unknown', author: 'p2' }],
    })
    expect(refs.map((r) => `${r.field.path}:${r.collection}:${r.id}`)).toEqual([
      'session:sessions:s1',
      'structures:structures:a',
      'structures:structures:b',
      'assets.cover:media:7',
      'documents.file:media:m1',
      'documents.file:media:m2',
      'sources:reports:r1',
      'sources:complaints:c1',
      'layout.author:participants:p1',
    ])
  })

  it('sees only the fields a partial update sends', () => {
    expect(collectReferences(FIELDS, { assets: {} })).toEqual([])
    expect(collectReferences(FIELDS, undefined)).toEqual([])
  })
})
