import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../../api/sale-row'
import { saleEvent } from '../../../testing/events'
import type { CsvOptions } from './csv-format'
import { fileName, toCsv, toCsvParts } from './write-csv'

const EXCEL: CsvOptions = { dialect: 'excel-nb', shape: 'events', includePersonalData: false }
const STANDARD: CsvOptions = { dialect: 'standard', shape: 'events', includePersonalData: false }

const hostile = saleEvent({
  reference: '=HYPERLINK("http://x","klikk")',
  time: '2026-11-20T13:05:09.000Z',
  amounts: { gross: 123450, net: 98760, vat: 24690 },
  customer: { name: 'Åse Ødegård', email: 'ase@example.no', phone: '+4799999999' },
  lines: [
    {
      lineId: '1',
      name: 'Brød\nmed "ost"; og smør',
      quantity: 2,
      unitPriceGross: 50000,
      lineTotalGross: 100000,
      lineTotalNet: 80000,
      vatRate: 2500,
      vatAmount: 20000,
      category: 'Mat',
    },
    {
      lineId: '2',
      name: '@SUM(A1)',
      quantity: 1,
      unitPriceGross: 23450,
      lineTotalGross: 23450,
      lineTotalNet: 18760,
      vatRate: 2500,
      vatAmount: 4690,
      category: '-minus',
    },
  ],
})
const refund = saleEvent({
  entryType: 'refund',
  reference: 'R-1',
  amounts: { gross: 5200, net: 4522, vat: 678 },
  lines: null,
})
const cashNoLines = saleEvent({
  pspReference: null,
  paymentType: 'CASH',
  reference: 'K-9',
  lines: [],
  amounts: { gross: 3900, net: null, vat: null },
})
const rows = toSaleRows([hostile, refund, cashNoLines])

const parse = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data

describe('CSV for a Norwegian Excel', () => {
  const csv = toCsv(rows, EXCEL)
  const [header, first, second, third] = parse(csv, ';')
  const col = (name: string) => header?.indexOf(name) ?? -1

  it('starts with a BOM, separates with ; and keeps æøå', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(header).toContain('Løsning')
    expect(csv).toContain('Tid (norsk tid);Tid (UTC, ISO 8601)')
  })

  it('writes kroner with a decimal comma, and a refund as a negative number, not a neutralised text', () => {
    expect(first?.[col('Brutto')]).toBe('1234,50')
    expect(first?.[col('MVA')]).toBe('246,90')
    expect(second?.[col('Brutto')]).toBe('-52,00')
    expect(third?.[col('Netto')]).toBe('')
  })

  it('has both Oslo local time and UTC time', () => {
    expect(first?.[col('Tid (norsk tid)')]).toBe('2026-11-20 14:05:09')
    expect(first?.[col('Tid (UTC, ISO 8601)')]).toBe('2026-11-20T13:05:09.000Z')
  })

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(first?.[col('Referanse')]).toBe(`'=HYPERLINK("http://x","klikk")`)
  })

  it('starts no formula cell mid-text when a program splits the file at the other dialect’s separator', () => {
    const sneaky = toSaleRows([
      saleEvent({ reference: 'Ordre 1;=HYPERLINK("http://x") , @SUM(A1),"+1+cmd"' }),
    ])
    for (const options of [EXCEL, STANDARD])
      for (const guess of [';', ','])
        for (const cell of parse(toCsv(sneaky, options), guess).flat())
          expect(cell, `${options.dialect} read with ${guess}`).not.toMatch(/^[\s"]*[=+@]/)
  })

  it('leaves personal data out unless asked for', () => {
    expect(header).not.toContain('Kundenavn')
    expect(csv).not.toContain('Ødegård')
    const withPersonal = parse(toCsv(rows, { ...EXCEL, includePersonalData: true }), ';')
    const h = withPersonal[0] ?? []
    expect(withPersonal[1]?.[h.indexOf('Kundenavn')]).toBe('Åse Ødegård')
    // A plain phone number is no formula to fear; Excel would read it as a number without the +.
    expect(withPersonal[1]?.[h.indexOf('Kunde telefon')]).toBe('="+4799999999"')
    const standard = parse(toCsv(rows, { ...STANDARD, includePersonalData: true }), ',')
    expect(standard[1]?.[(standard[0] ?? []).indexOf('customer_phone')]).toBe('+4799999999')
  })
})

describe('CSV shapes', () => {
  it('writes one row per order line, repeating the order, and one row for an event without lines', () => {
    const data = parse(toCsv(rows, { ...EXCEL, shape: 'lines' }), ';')
    const header = data[0] ?? []
    expect(data).toHaveLength(1 + 2 + 1 + 1)
    const name = header.indexOf('Vare')
    const reference = header.indexOf('Referanse')
    expect(data[1]?.[name]).toBe('Brød\nmed "ost"; og smør')
    expect(data[2]?.[name]).toBe(`'@SUM(A1)`)
    expect(data[2]?.[header.indexOf('Kategori')]).toBe(`'-minus`)
    expect(data[1]?.[reference]).toBe(data[2]?.[reference])
    expect(data[1]?.[header.indexOf('MVA-sats (%)')]).toBe('25,00')
    expect(data[4]?.[reference]).toBe('K-9')
    expect(data[4]?.[name]).toBe('')
  })

  it('per line: line rows carry line amounts, the transaction’s own amounts appear once, so every money column sums', () => {
    const data = parse(toCsv(rows, { ...STANDARD, shape: 'lines' }), ',')
    const header = data[0] ?? []
    const sum = (column: string) =>
      data.slice(1).reduce((s, r) => s + Number(r[header.indexOf(column)] || 0), 0)
    expect(data[1]?.[header.indexOf('gross_minor')]).toBe('100000')
    expect(data[2]?.[header.indexOf('gross_minor')]).toBe('23450')
    expect(data[1]?.[header.indexOf('transaction_gross_minor')]).toBe('123450')
    expect(data[2]?.[header.indexOf('transaction_gross_minor')]).toBe('')
    for (const column of ['gross_minor', 'transaction_gross_minor'])
      expect(sum(column)).toBe(123450 - 5200 + 3900)
  })

  it('per line: lines that do not add up to the transaction get no amounts; one row carries the whole, unknown rate', () => {
    const odd = toSaleRows([{ ...hostile, amounts: { gross: 150000, net: 120000, vat: 30000 } }])
    const data = parse(toCsv(odd, { ...STANDARD, shape: 'lines' }), ',')
    const header = data[0] ?? []
    const cell = (row: number, column: string) => data[row]?.[header.indexOf(column)]
    expect(data).toHaveLength(1 + 3)
    expect([cell(1, 'row_kind'), cell(1, 'gross_minor'), cell(1, 'transaction_gross_minor')]).toEqual([
      'varelinje (beløp ikke fordelt, se transaksjonsraden)',
      '',
      '150000',
    ])
    expect(cell(2, 'gross_minor')).toBe('')
    expect([cell(3, 'row_kind'), cell(3, 'gross_minor'), cell(3, 'vat_rate_basis_points')]).toEqual([
      'hele transaksjonen (linjene stemmer ikke med beløpet)',
      '150000',
      '',
    ])
  })

  it('keeps an unknown entry type out of the summed columns, with its amount in a column of its own', () => {
    const chargeback = toSaleRows([
      saleEvent({ entryType: 'chargeback', amounts: { gross: 5000, net: 4000, vat: 1000 } }),
    ])
    for (const shape of ['events', 'lines'] as const) {
      const data = parse(toCsv(chargeback, { ...STANDARD, shape }), ',')
      const header = data[0] ?? []
      expect(data[1]?.[header.indexOf('gross_minor')]).toBe('')
      expect(data[1]?.[header.indexOf('not_counted_gross_minor')]).toBe('5000')
      expect(data[1]?.[header.indexOf('counted')]).toBe('nei – ukjent type')
    }
  })

  it('standard CSV uses , and minor units for machines', () => {
    const csv = toCsv(rows, STANDARD)
    expect(csv.startsWith('\uFEFF')).toBe(false)
    const data = parse(csv, ',')
    const header = data[0] ?? []
    expect(header).toContain('gross_minor')
    expect(data[1]?.[header.indexOf('gross_minor')]).toBe('123450')
    expect(data[2]?.[header.indexOf('gross_minor')]).toBe('-5200')
  })

  it('writes the same file in chunks, and nothing when cancelled', async () => {
    const many = toSaleRows(Array.from({ length: 4500 }, (_, i) => saleEvent({ reference: `R${i}` })))
    const parts = await toCsvParts(many, EXCEL)
    expect(parts.join('')).toBe(toCsv(many, EXCEL))
    const controller = new AbortController()
    controller.abort()
    await expect(toCsvParts(many, EXCEL, { signal: controller.signal })).rejects.toThrow('avbrutt')
  })

  it('names the file after ledger and period', () => {
    expect(fileName('302321', '2026-11-01', '2026-11-30', EXCEL)).toBe(
      'salg_302321_2026-11-01_2026-11-30.csv',
    )
    expect(fileName('302321', '2026-11-20', '2026-11-20', { ...STANDARD, shape: 'lines' })).toBe(
      'salg_302321_2026-11-20_varelinjer_standard.csv',
    )
  })
})
