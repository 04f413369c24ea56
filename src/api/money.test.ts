import { describe, expect, it } from 'vitest'
import { formatAmount, formatMoney, formatVatRate, minorToDecimalString, parseKronerToMinor } from './money'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('money', () => {
  it('formats integer øre as Norwegian kroner', () => {
    expect(plain(formatMoney(123450))).toBe('1 234,50 kr')
    expect(plain(formatMoney(-5200))).toBe('−52,00 kr')
    expect(formatMoney(null)).toBe('–')
    expect(plain(formatMoney(100, 'EUR'))).toBe('1,00 €')
    expect(plain(formatMoney(1999, 'XYZ'))).toBe('19,99 XYZ')
  })

  it('never prints a negative zero: a refund with 0 % VAT has 0,00 kr VAT, not −0,00 kr', () => {
    // A refund's VAT is its sale's VAT negated: −0 when the rate is 0 %.
    const refundVat = -0
    expect(plain(formatMoney(refundVat))).toBe('0,00 kr')
    expect(plain(formatMoney(refundVat, 'EUR'))).toBe('0,00 €')
    expect(plain(formatMoney(refundVat, 'XYZ'))).toBe('0,00 XYZ')
    expect(plain(formatAmount(refundVat))).toBe('0,00')
    expect(minorToDecimalString(refundVat, ',')).toBe('0,00')
    expect(plain(formatMoney(-1))).toBe('−0,01 kr')
  })

  it('writes decimals without floats, and parses what people type', () => {
    expect(minorToDecimalString(-5, ',')).toBe('-0,05')
    expect(minorToDecimalString(123456789, '.')).toBe('1234567.89')
    expect(parseKronerToMinor('1 234,5')).toBe(123450)
    expect(parseKronerToMinor('0.07')).toBe(7)
    expect(parseKronerToMinor('12,345')).toBeNull()
    expect(parseKronerToMinor('abc')).toBeNull()
  })

  it('formats VAT rates from basis points', () => {
    expect(formatVatRate(2500)).toBe('25 %')
    expect(formatVatRate(1250)).toBe('12,5 %')
    expect(formatVatRate(null)).toBe('ukjent')
  })
})
