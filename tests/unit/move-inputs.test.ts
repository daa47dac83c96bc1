import { describe, expect, it } from '@jest/globals'
import { inLanguage, inputsBlamed, inputsOf, parseAmount, parseDayFirst, parseMoveValues } from '../../collections/funding-files/components/move-inputs'

/** The move drawer's reading of what a person typed (collections/funding-files/components/move-inputs.ts). */
describe('move inputs', () => {
  it('reads dates day first, as the rest of the admin writes them, and refuses days that do not exist', () => {
    expect(parseDayFirst('31/12/2027')).toBe('2027-12-31')
    expect(parseDayFirst(' 8/2/2027 ')).toBe('2027-02-08')
    expect(parseDayFirst('31/02/2027')).toBeUndefined()
    expect(parseDayFirst('2027-12-31')).toBeUndefined()
    expect(parseDayFirst('12/31/2027')).toBeUndefined()
  })

  it('reads amounts with French or English decimals and spaces', () => {
    expect(parseAmount('5 100')).toBe(5100)
    expect(parseAmount('4 800,50 €')).toBe(4800.5)
    expect(parseAmount('4800.5')).toBe(4800.5)
    expect(parseAmount('-3')).toBeUndefined()
    expect(parseAmount('beaucoup')).toBeUndefined()
  })

  it('asks an approval for its amount, says what is wrong on each input, and sends the comment as the reason', () => {
    const inputs = inputsOf('submitted', 'approved', 'transition')
    expect(inputs.map((i) => i.name)).toEqual(['agreedAmount', 'validUntil', 'reason'])
    const missing = parseMoveValues(inputs, { validUntil: '2027-12-31' })
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      expect(missing.errors.agreedAmount?.fr).toBe('Indiquez : montant accordé (€).')
      expect(missing.errors.validUntil?.en).toMatch(/dd\/mm\/yyyy/)
    }
    expect(parseMoveValues(inputs, { agreedAmount: '5 100', validUntil: '31/12/2027', reason: ' APC reçu ' })).toEqual({
      ok: true,
      data: { agreedAmount: 5100, validUntil: '2027-12-31' },
      reason: 'APC reçu',
    })
    // Accepting a partial approval asks for no new amount.
    expect(inputsOf('partially_approved', 'approved', 'transition').map((i) => i.name)).toEqual(['reason'])
  })

  it('shows the server’s refusal in the person’s language, on the input it is about', () => {
    expect(inLanguage('Montant accordé trop bas. / Agreed amount too low.', 'fr')).toBe('Montant accordé trop bas.')
    expect(inLanguage('Montant accordé trop bas. / Agreed amount too low.', 'en')).toBe('Agreed amount too low.')
    const inputs = inputsOf('submitted', 'approved', 'transition')
    expect(inputsBlamed({ code: 'invalid_input', errors: [{ path: 'data.validUntil' }] }, inputs)).toEqual(['validUntil'])
    expect(inputsBlamed({ code: 'guard' }, inputs)).toEqual(['agreedAmount'])
    expect(inputsBlamed({ code: 'illegal' }, inputs)).toEqual([])
  })
})
