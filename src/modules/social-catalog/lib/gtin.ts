/**
 * GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) check: 8, 12, 13 or 14 digits whose last digit is the
 * GS1 mod-10 check digit. Google and Meta refuse items whose GTIN fails it.
 */

/** The GS1 check digit of a GTIN body (the digits without the check digit). */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  // Weights 3,1,3,1... from the rightmost digit of the body.
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

export function isValidGtin(value: string): boolean {
  if (!/^\d+$/.test(value) || ![8, 12, 13, 14].includes(value.length)) {
    return false
  }
  // An all-zero GTIN passes the arithmetic but is not a real number (GS1).
  if (/^0+$/.test(value)) {
    return false
  }
  return gtinCheckDigit(value.slice(0, -1)) === Number(value[value.length - 1])
}
