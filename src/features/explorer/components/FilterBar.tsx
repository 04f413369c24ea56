import { memo } from 'react'
import { formatVatRate, parseKronerToMinor } from '../../../api/money'
import { EMPTY_FILTERS, type Filters, hasActiveFilters } from '../../../shared/filters/filters'
import { defineText } from '../../../shared/i18n/language'
import { categoryLabel, entryTypeLabel, paymentTypeLabel, solutionLabel } from '../../../shared/labels'
import { MultiSelect } from '../../../shared/ui/MultiSelect'
import type { Facets } from '../../../shared/view/facets'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'

const TEXT = defineText('explorer.FilterBar', {
  from: 'fra',

  filters: 'Filtre',
  search: 'Søk',
  searchPlaceholder: 'Referanse, transaksjons-ID, vare, kunde …',
  type: 'Type',
  solution: 'Salgskanal',
  payment: 'Betaling',
  category: 'Kategori',
  vatRate: 'MVA-sats',
  amount: 'Beløp (kr, brutto)',
  min: 'Minste beløp i kroner',
  max: 'Største beløp i kroner',
  to: 'til',
  amountInvalid: 'Skriv beløp som 123 eller 123,50',
  missing: 'Mangler',
  lines: 'varelinjer',
  vat: 'mva-spesifikasjon',
  reset: 'Nullstill filtre',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.FilterBar': typeof TEXT
  }
}

const labelled = <T extends string | number>(facet: { value: T; count: number }[], label: (v: T) => string) =>
  facet.map((f) => ({ value: f.value, label: label(f.value), count: f.count }))

function FilterBarView({ state, update, facets }: { state: ViewState; update: ViewUpdate; facets: Facets }) {
  const { filters } = state
  const set = (patch: Partial<Filters>, replace = false) =>
    update((s) => ({ ...s, filters: { ...s.filters, ...patch } }), { replace })
  const toggleMissing = (kind: 'lines' | 'vat', on: boolean) =>
    set({ missing: on ? [...filters.missing, kind] : filters.missing.filter((m) => m !== kind) })
  // Typed text stays in the URL as written; the filter uses it in øre, or not at all while invalid.
  const setAmount = (bound: 'min' | 'max', text: string) =>
    update(
      (s) =>
        bound === 'min'
          ? { ...s, minText: text, filters: { ...s.filters, minGross: parseKronerToMinor(text) } }
          : { ...s, maxText: text, filters: { ...s.filters, maxGross: parseKronerToMinor(text) } },
      { replace: true },
    )
  const minInvalid = state.minText !== '' && filters.minGross === null
  const maxInvalid = state.maxText !== '' && filters.maxGross === null

  return (
    <section className="filters" role="search" aria-label={TEXT.filters}>
      <label className="field filters__search">
        <span className="field__label">{TEXT.search}</span>
        <input
          type="search"
          className="input"
          placeholder={TEXT.searchPlaceholder}
          value={filters.text}
          onChange={(event) => set({ text: event.target.value }, true)}
        />
      </label>
      <MultiSelect
        label={TEXT.type}
        options={labelled(facets.entryTypes, entryTypeLabel)}
        selected={filters.entryTypes}
        onChange={(entryTypes) => set({ entryTypes })}
      />
      <MultiSelect
        label={TEXT.solution}
        options={labelled(facets.solutions, solutionLabel)}
        selected={filters.solutions}
        onChange={(solutions) => set({ solutions })}
      />
      <MultiSelect
        label={TEXT.payment}
        options={labelled(facets.paymentTypes, paymentTypeLabel)}
        selected={filters.paymentTypes}
        onChange={(paymentTypes) => set({ paymentTypes })}
      />
      <MultiSelect
        label={TEXT.category}
        options={labelled(facets.categories, categoryLabel)}
        selected={filters.categories}
        onChange={(categories) => set({ categories })}
      />
      <MultiSelect
        label={TEXT.vatRate}
        options={labelled(facets.vatRates, formatVatRate)}
        selected={filters.vatRates}
        onChange={(vatRates) => set({ vatRates })}
      />
      <div className="field filters__amount">
        <span className="field__label">{TEXT.amount}</span>
        <div className="filters__range">
          <AmountInput
            label={TEXT.min}
            placeholder={TEXT.from}
            text={state.minText}
            onText={(text) => setAmount('min', text)}
          />
          <span aria-hidden="true">–</span>
          <AmountInput
            label={TEXT.max}
            placeholder={TEXT.to}
            text={state.maxText}
            onText={(text) => setAmount('max', text)}
          />
        </div>
        {minInvalid || maxInvalid ? <span className="field__error">{TEXT.amountInvalid}</span> : null}
      </div>
      <fieldset className="field filters__missing">
        <legend className="field__label">{TEXT.missing}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.missing.includes('lines')}
            onChange={(e) => toggleMissing('lines', e.target.checked)}
          />
          {TEXT.lines}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.missing.includes('vat')}
            onChange={(e) => toggleMissing('vat', e.target.checked)}
          />
          {TEXT.vat}
        </label>
      </fieldset>
      {hasActiveFilters(filters) ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => update((s) => ({ ...s, filters: EMPTY_FILTERS, minText: '', maxText: '' }))}
        >
          {TEXT.reset}
        </button>
      ) : null}
    </section>
  )
}

function AmountInput({
  label,
  placeholder,
  text,
  onText,
}: {
  label: string
  placeholder: string
  text: string
  onText: (text: string) => void
}) {
  return (
    <input
      className="input input--amount"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={text !== '' && parseKronerToMinor(text) === null}
      placeholder={placeholder}
      value={text}
      onChange={(e) => onText(e.target.value)}
    />
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const FilterBar = memo(FilterBarView)
