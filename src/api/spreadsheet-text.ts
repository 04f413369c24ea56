/**
 * Text cells that a spreadsheet would run as a formula are made inert. Every file this app writes
 * passes its text cells through here; numbers are written from integers and never prefixed (a
 * refund's "-52,00" stays a number).
 *
 * Following OWASP's CSV Injection guidance (https://owasp.org/www-community/attacks/CSV_Injection):
 * no cell may begin with `=`, `+`, `-`, `@`, tab, carriage return or line feed; such a cell is
 * prefixed with `'` so that it reads as text (ASVS 5.0 V1.2.10 adds NUL to the list). Beyond the
 * letter of it, since spreadsheets are lenient about what comes first:
 * - blanks before a trigger do not hide it (` =1+1`, `\n=HYPERLINK(…)`, a no-break or zero-width
 *   space): some programs trim a cell before reading it;
 * - the full-width and small forms of the triggers (`＝ ＋ － ＠`, `﹦ ﹢ ﹣ ﹫`) count too: Excel in an
 *   East Asian input mode reads `＝SUM(A1)` as a formula;
 * - control characters (C0 but tab, CR and LF; DEL; C1) are removed first, so that neither NUL nor
 *   BEL reaches a file and none can stand in front of a trigger to hide it.
 * - OWASP also warns that a separator or quote inside a text can start a new cell: the writer quotes
 *   such a cell, but a program that splits the file at the other dialect's separator (Excel in a
 *   Norwegian locale opening the comma file splits at `;`) ignores quotes that do not open a field.
 *   So wherever a separator (`;` `,` tab) or a line break inside the text is followed, after blanks
 *   or quotes, by a trigger, a `'` goes right after it too, unless that would-be cell is only a
 *   signed number (`Rabatt, -20 %`, `kr 10,-`, a phone number), which runs nothing.
 */

export type SpreadsheetDialect = 'excel-nb' | 'standard'

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g
const BLANK = '\\s\\u200b-\\u200d\\u2060'
const TRIGGER = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\ufe66\\ufe62\\ufe63\\ufe6b'
const FORMULA_START = new RegExp(`^(?:[\\t\\r\\n]|[${BLANK}]*[${TRIGGER}])`)
const BREAK = /[;,\t\r\n]/
const CELL_START_INSIDE = new RegExp(`[;,\\t\\r\\n](?=[${BLANK}"]*[${TRIGGER}])`, 'g')
const SIGNED_NUMBER = /^[\s"]*[+-]?[0-9 .%]*$/

/**
 * A plain phone number: `+`, then digits and spaces only. As a formula it can only be arithmetic on
 * literal numbers (no function, no reference, nothing fetched), so it is not something an attacker
 * can use; prefixing it would only spoil it. But a spreadsheet reads `+4740123456` as the number
 * 4740123456 and drops the `+`. So the standard dialect (for other programs) writes it as it is,
 * and the Excel dialect writes `="+4740123456"`: a formula whose only content is that literal text
 * (digits and spaces, checked here, cannot close the string), so Excel shows `+4740123456` as text
 * with every digit, as json2csv's Excel string formatter does. A plain `'` prefix is not used for
 * it because Excel shows the apostrophe of a CSV cell as part of the text.
 */
const PLAIN_PHONE = /^\+[0-9][0-9 ]*$/

export function neutraliseFormula(text: string, dialect: SpreadsheetDialect = 'standard'): string {
  const clean = text.replace(CONTROL, '')
  if (PLAIN_PHONE.test(clean)) return dialect === 'excel-nb' ? `="${clean}"` : clean
  const inert = clean.replace(CELL_START_INSIDE, (separator, at: number) =>
    SIGNED_NUMBER.test(clean.slice(at + 1).split(BREAK, 1)[0] ?? '') ? separator : `${separator}'`,
  )
  return FORMULA_START.test(inert) ? `'${inert}` : inert
}
