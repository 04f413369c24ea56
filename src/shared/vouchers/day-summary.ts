import { formatMoney } from '../../api/money'
import { countsInTotals, type MoneyPart } from '../../api/money-parts'
import type { EntryKind } from '../../api/sale-row'
import type { CashHandling } from '../../api/voucher-settings'

/**
 * What one ledger date contributes to the books, before any account number is chosen: sales per
 * VAT rate (refunds netted), amounts whose VAT is not known (listed, never guessed), cash kept
 * apart when asked, the fees withheld and the payouts. Money in signed øre: refunds negative.
 */

/**
 * One VAT part of a sale: the amounts every view sums. A row whose VAT breakdown does not
 * reconcile has one part with `rate: null`. Signed like its row (negative on refunds).
 */
export interface VatPart {
  /** Basis points (2500 = 25 %); null when the rate is not known. */
  rate: number | null
  gross: number | null
  net: number | null
  vat: number | null
}

/** A sale row's money parts (the one derivation every view sums) as VAT parts. */
export function vatPartsOf(row: { parts: readonly MoneyPart[] }): VatPart[] {
  return row.parts.map((part) => ({ rate: part.vatRate, gross: part.gross, net: part.net, vat: part.vat }))
}

/** What the adapter reads of a sale row (SaleRow has every field). */
export interface VoucherSourceRow {
  key: string
  ledgerDate: string
  reference: string
  /** Null for cash: never settled through Vipps MobilePay. */
  pspReference: string | null
  entryKind: EntryKind
  /** Set when the event could not be read: such a row is never summed. */
  invalid: readonly string[] | null
  gross: number | null
}

export interface RateTotal {
  /** Basis points. */
  rate: number
  gross: number
  vat: number
  /** gross − vat, so that income and VAT always add up to what was paid. */
  net: number
}

/** A sale listed rather than booked by rate: its VAT is not known, or its amount is missing. */
export interface ListedSale {
  key: string
  reference: string
  pspReference: string | null
  /** Gross of the part(s) without a known VAT rate; null when the amount itself is missing. */
  gross: number | null
}

export interface SalesTotals {
  rates: RateTotal[]
  /** Amounts without a VAT breakdown: booked on the uncertain-VAT account, each sale listed. */
  uncertain: { gross: number; sales: ListedSale[] }
}

export interface PayoutOfDate {
  /** The payout number the bank statement shows, or null when the API gives none. */
  number: string | null
  /** Paid to the bank, positive øre. */
  amount: number
  /** The payout's ledger date. */
  date: string
  /** `Utb. 2000023 Vippsnr 550123`: what the bank statement line reads. */
  bankText: string
}

export interface DaySummary {
  date: string
  /** The date is still open (sales or settlement), or its settlement is not loaded: figures may change. */
  provisional: boolean
  /** Sales settled through Vipps MobilePay (and cash, when cash is booked with them). */
  vipps: SalesTotals
  /** Cash sales (no pspReference) when booked on their own account; null otherwise. */
  cash: SalesTotals | null
  /** Cash left out of the voucher (booked elsewhere, e.g. from the POS's Z-report). */
  cashLeftOut: { gross: number; count: number } | null
  /** Sales without any amount: neither booked nor guessed. */
  missingAmounts: ListedSale[]
  /** Fees withheld from the Vipps MobilePay balance on this date (positive = cost); null when not known. */
  fees: number | null
  payouts: PayoutOfDate[]
  /** Settlement entries on this date that the voucher does not book (corrections, top-ups, unknown types). */
  unbookedSettlement: number
  /** What the voucher leaves out or could not know, for people (Norwegian). */
  notes: string[]
}

/**
 * A ledger date of the settlement model, as much as the vouchers need. The settlement feature's
 * `DaySettlement` (reconcile(...).days) has these fields, so its days can be passed as they are.
 */
export interface SettlementDayLike {
  date: string
  reportLoaded: boolean
  provisional: boolean
  /** Σ fees-retained funds rows (negative). */
  feesRetained: number
  payout: { number: string | null; bankText: string; date: string; walk: { paid: number } } | null
  /** Funds rows without a sale; corrections, top-ups and unknown types among them are not booked. */
  unmatchedFunds?: readonly { row: { kind: string; amount: number } }[]
}

export interface DateSettlement {
  provisional: boolean
  fees: number
  payouts: PayoutOfDate[]
  unbooked: number
}

/** Kinds of funds rows a sale, a fee or a payout explains; anything else is left for a person. */
const BOOKED_FUNDS_KINDS = new Set(['capture', 'refund', 'fees-retained', 'payout-scheduled'])

/** The settlement model's days, keyed by date: loaded dates only. */
export function settlementByDate(days: readonly SettlementDayLike[]): Map<string, DateSettlement> {
  const byDate = new Map<string, DateSettlement>()
  for (const day of days) {
    if (!day.reportLoaded) continue
    const unbooked = (day.unmatchedFunds ?? [])
      .filter((u) => !BOOKED_FUNDS_KINDS.has(u.row.kind))
      .reduce((sum, u) => sum + u.row.amount, 0)
    byDate.set(day.date, {
      provisional: day.provisional,
      fees: -day.feesRetained,
      payouts: day.payout
        ? [
            {
              number: day.payout.number,
              amount: day.payout.walk.paid,
              date: day.payout.date,
              bankText: day.payout.bankText,
            },
          ]
        : [],
      unbooked,
    })
  }
  return byDate
}

export interface DaySummaryInput<R extends VoucherSourceRow> {
  /** The ledger dates to summarise, and whether their sales are still open. */
  dates: readonly { date: string; provisional: boolean }[]
  rows: readonly R[]
  /** A row's VAT parts: vatPartsOf for sale rows (hand-built parts in tests). */
  partsOf: (row: R) => readonly VatPart[]
  /** By ledger date (settlementByDate); null when the keys cannot read the Report API. */
  settlement: ReadonlyMap<string, DateSettlement> | null
  cashSales: CashHandling
}

class TotalsBuilder {
  private readonly rates = new Map<number, { gross: number; vat: number; net: number }>()
  readonly uncertain: { gross: number; sales: ListedSale[] } = { gross: 0, sales: [] }
  /** Σ the parts' own net differs from gross − vat: the row data does not reconcile. */
  netMismatch = false

  add(row: VoucherSourceRow, parts: readonly VatPart[], missing: ListedSale[]) {
    if (parts.some((part) => part.gross === null)) {
      missing.push(listed(row, null))
      return
    }
    let uncertainGross: number | null = null
    for (const part of parts) {
      const gross = part.gross ?? 0
      if (part.rate === null || part.vat === null) {
        uncertainGross = (uncertainGross ?? 0) + gross
        continue
      }
      const total = this.rates.get(part.rate) ?? { gross: 0, vat: 0, net: 0 }
      total.gross += gross
      total.vat += part.vat
      total.net += part.net ?? gross - part.vat
      this.rates.set(part.rate, total)
    }
    if (uncertainGross !== null) {
      this.uncertain.gross += uncertainGross
      this.uncertain.sales.push(listed(row, uncertainGross))
    }
  }

  result(): SalesTotals {
    const rates = [...this.rates]
      .map(([rate, t]): RateTotal => {
        if (t.net !== t.gross - t.vat) this.netMismatch = true
        return { rate, gross: t.gross, vat: t.vat, net: t.gross - t.vat }
      })
      .sort((a, b) => b.rate - a.rate)
    return { rates, uncertain: this.uncertain }
  }
}

const listed = (row: VoucherSourceRow, gross: number | null): ListedSale => ({
  key: row.key,
  reference: row.reference,
  pspReference: row.pspReference,
  gross,
})

/**
 * Day summaries from sale rows and the settlement model: the adapter between the rows every view
 * reads and the vouchers. Unreadable rows and unknown entry types are never summed (the views
 * already flag them); rows without a pspReference are cash.
 */
export function daySummaries<R extends VoucherSourceRow>(input: DaySummaryInput<R>): DaySummary[] {
  const rowsByDate = new Map<string, R[]>()
  for (const row of input.rows) {
    const list = rowsByDate.get(row.ledgerDate)
    if (list) list.push(row)
    else rowsByDate.set(row.ledgerDate, [row])
  }
  return [...input.dates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ date, provisional }) => {
      const vipps = new TotalsBuilder()
      const cash = input.cashSales === 'own-account' ? new TotalsBuilder() : null
      let cashLeftOut: { gross: number; count: number } | null =
        input.cashSales === 'leave-out' ? { gross: 0, count: 0 } : null
      const missingAmounts: ListedSale[] = []
      for (const row of rowsByDate.get(date) ?? []) {
        if (!countsInTotals(row)) continue
        const parts = input.partsOf(row)
        if (row.pspReference === null && cashLeftOut) {
          cashLeftOut = { gross: cashLeftOut.gross + (row.gross ?? 0), count: cashLeftOut.count + 1 }
          continue
        }
        const target = row.pspReference === null && cash ? cash : vipps
        if (row.gross === null || parts.length === 0) missingAmounts.push(listed(row, null))
        else target.add(row, parts, missingAmounts)
      }
      const notes: string[] = []
      const vippsTotals = vipps.result()
      const cashTotals = cash?.result() ?? null
      if (vipps.netMismatch || cash?.netMismatch)
        notes.push('Netto på salgslinjene stemmer ikke med brutto − mva: netto er regnet som brutto − mva.')
      if (missingAmounts.length > 0)
        notes.push(`${missingAmounts.length} salg uten beløp er ikke bokført (listet).`)
      const settlement = input.settlement?.get(date) ?? null
      if (input.settlement === null)
        notes.push('Gebyrer og utbetalinger mangler: nøklene har ikke tilgang til oppgjørsdata (Report API).')
      else if (settlement === null)
        notes.push('Oppgjøret for datoen er ikke lastet: gebyrer og utbetalinger mangler.')
      const unbooked = settlement?.unbooked ?? 0
      if (unbooked !== 0)
        notes.push(
          `Korrigeringer og andre oppgjørsposter (${formatMoney(unbooked, 'NOK', 'nb-NO')}) er ikke bokført: før dem manuelt.`,
        )
      // Fees and payouts are part of the day: with Report API access, a date whose settlement is
      // not loaded yet (or still open) is not final, so it is not offered as closed.
      const settlementOpen = input.settlement !== null && (settlement === null || settlement.provisional)
      return {
        date,
        provisional: provisional || settlementOpen,
        vipps: vippsTotals,
        cash: cashTotals,
        cashLeftOut,
        missingAmounts,
        fees: settlement ? settlement.fees : null,
        payouts: settlement?.payouts ?? [],
        unbookedSettlement: unbooked,
        notes,
      }
    })
}
