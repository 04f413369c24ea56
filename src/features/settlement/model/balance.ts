import type { ReportRow } from '../../../api/report-entry'

export interface BalanceBreak {
  key: string
  /** `row`: balance after ≠ balance before + amount; `chain`: balance before ≠ the previous row's balance after. */
  problem: 'row' | 'chain'
}

export interface BalanceCheck {
  /** Σ amount of the date's entries. */
  sum: number
  /** The first entry's balance before, and the last entry's balance after (null without entries). */
  opening: number | null
  closing: number | null
  breaks: BalanceBreak[]
  /** Σ amount = closing − opening, and every entry adds up and follows the one before it. */
  ok: boolean
}

/** The balance checks of one topic's ledger date, on its entries in the API's order. */
export function checkBalances(rows: readonly ReportRow[]): BalanceCheck {
  let sum = 0
  const breaks: BalanceBreak[] = []
  let previous: ReportRow | null = null
  for (const row of rows) {
    sum += row.amount
    if (row.balanceAfter !== row.balanceBefore + row.amount) breaks.push({ key: row.key, problem: 'row' })
    if (previous && row.balanceBefore !== previous.balanceAfter)
      breaks.push({ key: row.key, problem: 'chain' })
    previous = row
  }
  const opening = rows[0]?.balanceBefore ?? null
  const closing = rows.at(-1)?.balanceAfter ?? null
  const spanAgrees = opening === null || closing === null || sum === closing - opening
  return { sum, opening, closing, breaks, ok: spanAgrees && breaks.length === 0 }
}
