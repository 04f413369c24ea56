/**
 * Text that a spreadsheet would run as a formula: a cell starting with one of these is prefixed
 * with ' so that it stays text. Every file this app writes passes its text cells through here;
 * numbers are written from integers and never prefixed (a refund's "-52,00" stays a number).
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}
