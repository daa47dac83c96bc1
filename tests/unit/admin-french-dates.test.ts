import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Field } from 'payload'
import { collections } from '../../collections'
import { FRENCH_DATE_FORMATS, withFrenchDates } from '../../src/admin/french-dates'

/** Every date field of a collection, with its path, however deep it is nested. */
function dateFields(fields: Field[], prefix = ''): Array<{ path: string; field: Extract<Field, { type: 'date' }> }> {
  return fields.flatMap((field) => {
    const path = 'name' in field ? `${prefix}${field.name}` : prefix
    switch (field.type) {
      case 'date':
        return [{ path, field }]
      case 'group':
      case 'array':
        return dateFields(field.fields, `${path}.`)
      case 'row':
      case 'collapsible':
        return dateFields(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) => dateFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
      case 'blocks':
        return field.blocks.flatMap((block) => dateFields(block.fields, `${path}.${block.slug}.`))
      default:
        return []
    }
  })
}

const DAY_FIRST = /^dd\/MM\/yyyy( HH:mm)?$/

describe('withFrenchDates', () => {
  const walked = withFrenchDates(collections)
  const all = walked.flatMap((collection) => dateFields(collection.fields).map((entry) => ({ ...entry, path: `${collection.slug}.${entry.path}` })))

  it('finds the date fields of the product (sessionStart among them)', () => {
    expect(all.length).toBeGreaterThan(20)
    expect(all.map((entry) => entry.path)).toEqual(expect.arrayContaining(['funding-files.sessionStart', 'audit-events.at']))
  })

  it('gives every date field of every collection a day-first display format', () => {
    const american = all.filter(({ field }) => !DAY_FIRST.test(field.admin?.date?.displayFormat ?? '')).map(({ path, field }) => `${path}: ${field.admin?.date?.displayFormat}`)
    expect(american).toEqual([])
  })

  it('shows the time in 24-hour form where the picker has a time', () => {
    const withTime = all.filter(({ field }) => field.admin?.date?.pickerAppearance === 'dayAndTime')
    expect(withTime.length).toBeGreaterThan(0)
    for (const { field } of withTime) {
      expect(field.admin?.date).toMatchObject({ displayFormat: FRENCH_DATE_FORMATS.dayAndTime, timeFormat: FRENCH_DATE_FORMATS.time })
    }
  })

  it('reaches dates nested in groups, arrays, rows, collapsibles, tabs and blocks, keeps a format already set, and leaves the input alone', () => {
    const date = (name: string): Field => ({ name, type: 'date' })
    const input: CollectionConfig = {
      slug: 'nested',
      fields: [
        { name: 'g', type: 'group', fields: [date('inGroup')] },
        { name: 'a', type: 'array', fields: [{ type: 'row', fields: [date('inRow')] }] },
        { type: 'collapsible', label: 'c', fields: [date('inCollapsible')] },
        { type: 'tabs', tabs: [{ label: 't', fields: [date('inTab')] }] },
        { name: 'b', type: 'blocks', blocks: [{ slug: 'blk', fields: [date('inBlock')] }] },
        { name: 'own', type: 'date', admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM' } } },
        { name: 'clock', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } },
      ],
    }
    const before = JSON.stringify(input)
    const [output] = withFrenchDates([input])
    const formats = Object.fromEntries(dateFields(output!.fields).map(({ path, field }) => [path, field.admin?.date?.displayFormat]))
    expect(formats).toEqual({
      'g.inGroup': 'dd/MM/yyyy',
      'a.inRow': 'dd/MM/yyyy',
      inCollapsible: 'dd/MM/yyyy',
      inTab: 'dd/MM/yyyy',
      'b.blk.inBlock': 'dd/MM/yyyy',
      own: 'MMMM',
      clock: 'HH:mm',
    })
    expect(JSON.stringify(input)).toBe(before)
  })
})
