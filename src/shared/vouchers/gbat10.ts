import { minorToDecimalString } from '../../api/money'
import { neutraliseFormula } from '../../api/spreadsheet-text'
import type { VoucherSettings } from '../../api/voucher-settings'
import { assertBalanced, type Voucher, type VoucherLine } from './vouchers'

/**
 * GBAT10: Mamut's voucher import format, read by Tripletex ("Mamut GBAT10") and PowerOffice Go
 * ("Mamut GBAT10-import" under Bilagsjournal). One posting per line, fields separated by ";", no
 * header, no quoting. What the public descriptions say (fetched 2026):
 *
 * - Mamut, "Bilag: GBAT10" (help.mamut.com/no/mhelp/rtm/import_export/csv_formats/journal_formats/
 *   gbat10.htm; the same table on community.visma.com "Import av bilag i Mamut"): columns numbered
 *   from 0 — 0 "GBAT10", 1 bilagsnummer (numeric, max 8; separates vouchers), 2 bilagsdato
 *   YYYYMMDD, 3 bilagsart (max 3), 4 periode, 5 regnskapsår, 6 konto (max 4), 7 mva-kode (max 5),
 *   8 saldo (two decimals), 9 kundenr, 10 leverandørnr, 11 kontaktnavn, 12 adresse, 13 postnr,
 *   14 poststed, 15 fakturanr, 16 KID, 17 forfallsdato, 18 not in use (must be present, may be
 *   blank), 19 bankkonto, 20 beskrivelse hovedbok (max 100), 21 beskrivelse reskontro,
 *   22 rentefakturering, 23 prosjekt, 24 avdeling, 25 betalingsbetingelse, 26 brutto (blank, T or
 *   F), 27 bruttosum (two decimals), then 28 IBAN and 29 SWIFT/BIC.
 * - Tripletex, "Bilagsimport (GBAT10-import)" (hjelp.tripletex.no/hc/no/articles/4411155692945):
 *   the same layout numbered from 1 (so its column 9 "net amount" is Mamut's 8, its 21
 *   "description" Mamut's 20, its 27 "gross amount type" and 28 "gross amount" Mamut's 26 and 27);
 *   columns 5–6 (period, year) ignored. Two modes: Tripletex generates the VAT postings from the
 *   gross amount and the (mapped) VAT code, ignoring rows whose gross type is F; or it imports the
 *   VAT postings as given, using the net amounts, without VAT codes. "The net and gross amounts
 *   must always balance (sum = 0)", i.e. debit positive, credit negative. Its voucher number is
 *   added to a base of 1 000 000 + type × 10 000 in a series "Mamut <type>".
 * - Moment (docs.moment.team, "Mamut" file export): brutto blank = import the saldo, T = import
 *   the bruttosum (incl. VAT), F = do not import ("a separate VAT line that should be ignored");
 *   decimal separator "." (period).
 *
 * Where they disagree: column numbering (0- vs 1-based: the same positions); bruttosum decimals
 * (Mamut: two, Moment: three — we write two); the decimal separator is stated only by Moment (".");
 * the separator is a setting in case an importer wants ",". Encoding: Tripletex asks which; we
 * write UTF-8 without a byte-order mark.
 *
 * Our lines work in both Tripletex modes and in Mamut's: a sales line carries its VAT code, its net
 * in saldo and its gross in bruttosum (T); an output VAT line carries the VAT in saldo and is
 * marked F with bruttosum 0, so a system that computes VAT skips it and one that imports VAT lines
 * uses it; every other line has saldo = bruttosum (T). Each voucher balances on saldo and, over its
 * T lines, on bruttosum.
 */

export const GBAT10_FIELDS = 28

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const GBAT10_UNSAFE = /[;"\u0000-\u001f\u007f-\u009f]+/g

/** A text field: no separators, quotes or control characters (GBAT10 has no quoting), no formula. */
export function gbat10Text(text: string, max = 100): string {
  const flat = text.replace(GBAT10_UNSAFE, ' ').replace(/\s+/g, ' ').trim()
  return neutraliseFormula(flat.slice(0, max))
}

function record(voucher: Voucher, line: VoucherLine, settings: VoucherSettings): string[] {
  const money = (minor: number) => minorToDecimalString(minor, settings.gbat10DecimalSeparator)
  const [year = '', month = '', day = ''] = voucher.date.split('-')
  const fields: string[] = new Array(GBAT10_FIELDS).fill('')
  fields[0] = 'GBAT10'
  fields[1] = String(voucher.number)
  fields[2] = `${year}${month}${day}`
  fields[3] = String(settings.numbering.voucherType)
  fields[4] = String(Number(month))
  fields[5] = year
  fields[6] = line.account
  fields[7] = line.vatCode
  fields[8] = money(line.amount)
  fields[20] = gbat10Text(`${line.text} – ${voucher.text}`)
  fields[26] = line.grossAmount === null ? 'F' : 'T'
  fields[27] = money(line.grossAmount ?? 0)
  return fields
}

/** The vouchers as a GBAT10 file (CRLF line ends). Refuses to write a voucher that does not balance. */
export function toGbat10(vouchers: readonly Voucher[], settings: VoucherSettings): string {
  assertBalanced(vouchers)
  const lines = vouchers.flatMap((voucher) =>
    voucher.lines.map((line) => record(voucher, line, settings).join(';')),
  )
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : ''
}
