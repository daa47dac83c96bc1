/** Luhn (mod 10) checksum, used by SIREN and SIRET numbers. Input: digits only. */
export function luhnSum(digits: string): number {
  let sum = 0
  // Double every second digit starting from the rightmost one's left neighbour.
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum
}

export const luhnValid = (digits: string): boolean => /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0

/** The digit to append to `digits` so that the whole passes the Luhn check. */
export function luhnCheckDigit(digits: string): string {
  const sum = luhnSum(`${digits}0`)
  return String((10 - (sum % 10)) % 10)
}
