/**
 * The personal pages' forms (sign a half-day, the facilitator's sheet, a survey) read through one zod schema:
 * whatever is posted — missing fields, files instead of text, huge or odd values, repeated fields — the reading
 * never throws and hands the services only bounded strings and a whole half-day index (or NaN, which they refuse).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readPersonalForm } from '../../src/app/(public)/p/_lib/form-schema'
import { oddString } from './inputs-arbitraries'
import { judge, printTallies, runs } from './inputs-checks'

const NAMES = ['sessionId', 'token', 'lang', 'slotIndex', 'intent', 'page', 'absent', 'q-1', 'other'] as const

const posted = fc.array(
  fc.tuple(fc.constantFrom(...NAMES), fc.oneof({ weight: 5, arbitrary: oddString }, { weight: 1, arbitrary: fc.constant(new Blob(['x'])) })),
  { maxLength: 12 },
)

describe('personal page forms under generated input', () => {
  it('never throws and keeps every value within its bounds', () => {
    fc.assert(
      fc.property(posted, (fields) => {
        const form = new FormData()
        for (const [name, value] of fields) form.append(name, value)
        const read = readPersonalForm(form)
        expect(read.sessionId.length).toBeLessThanOrEqual(64)
        expect(read.token.length).toBeLessThanOrEqual(256)
        expect(Number.isNaN(read.slotIndex) || (Number.isInteger(read.slotIndex) && read.slotIndex >= 0)).toBe(true)
        expect(read.absent.every((id) => id.length <= 64)).toBe(true)
        expect(typeof read.countersign).toBe('boolean')
        judge('personal page forms (sign, sheet, survey)', fields, { status: 200 })
      }),
      { numRuns: runs(500) },
    )
    printTallies('Personal page forms')
  })

  it('reads a well-formed sheet form as it was posted', () => {
    const form = new FormData()
    for (const [name, value] of [['sessionId', 's-1'], ['token', 'abc'], ['lang', 'en'], ['slotIndex', '3'], ['intent', 'countersign'], ['absent', 'p1'], ['absent', 'p2']]) form.append(name, value)
    expect(readPersonalForm(form)).toEqual({ sessionId: 's-1', token: 'abc', lang: 'en', slotIndex: 3, slotRaw: '3', countersign: true, page: '', absent: ['p1', 'p2'] })
  })
})
