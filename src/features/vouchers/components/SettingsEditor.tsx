import { type FormEvent, useId, useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { CASH_HANDLING, type CashHandling, DEFAULT_VOUCHER_SETTINGS } from '../../../api/voucher-defaults'
import type { ExportsState, SavedSettingsAnswer, VoucherSettings } from '../../../api/voucher-settings'
import { ApiError } from '../../../shared/api/client'
import { defineText } from '../../../shared/i18n/language'
import { ProblemMessage } from '../../../shared/ui/ProblemMessage'
import { problemParts } from '../../../shared/ui/problem-parts'
import { useSaveSettings, useVoucherExports, useVoucherSettings } from '../api/voucher-api'
import {
  ACCOUNT_PURPOSES,
  type AccountPurpose,
  basisPointsOf,
  emptyRateRow,
  fieldErrorsOf,
  formOf,
  type RateRow,
  type SettingsForm,
  settingsBodyOf,
} from '../model/settings-form'
import { ScrollBox } from './ScrollBox'

const n = (value: number) => value.toLocaleString(currentLocale())

const TEXT = defineText('vouchers.SettingsEditor', {
  title: 'Kontoer og innstillinger',
  loading: 'Henter innstillingene …',
  what: 'innstillingene for bilag',
  accountant:
    'Kontonumrene er forslag fra standard kontoplan NS 4102, og mva-kodene er SAF-T-standardkodene. Hver bedrift har sin egen kontoplan: regnskapsføreren din må kontrollere kontoene før første import.',
  notSaved: 'Ingenting er lagret for dette salgsstedet ennå: feltene viser standardverdiene.',
  rates: 'Salg og utgående mva per sats',
  rate: 'Sats (%)',
  salesAccount: 'Salgskonto',
  vatAccount: 'Konto for utgående mva',
  vatCode: 'Mva-kode',
  rateLabel: (rate: string) => (rate ? `${rate} %` : 'ny sats'),
  fieldFor: (field: string, rate: string) => `${field} for ${rate}`,
  remove: (rate: string) => `Fjern ${rate}`,
  removeShort: 'Fjern',
  addRate: 'Legg til mva-sats',
  noVatAccount: 'Tom for 0 %: det er ingen mva å føre.',
  otherAccounts: 'Andre kontoer',
  standard: (value: string) => `Standard: ${value}`,
  isStandard: 'standard',
  noVatCode: 'Mva-kode for linjer uten mva',
  noVatCodeHint: 'Mellomregning, bank, gebyrer og selve mva-linjene.',
  cash: 'Kontantsalg (uten pspReference)',
  numbering: 'Bilagsnummer',
  voucherType: 'Bilagsart (GBAT10)',
  voucherTypeHint:
    'Tripletex lager en nummerserie per bilagsart; i Mamut og PowerOffice må bilagsarten finnes i firmaet.',
  mode: 'Nummerering',
  sequential: 'Fortløpende nummer',
  byDate: 'Datoen som nummer (ÅÅÅÅMMDD), likt ved hver eksport',
  nextNumber: 'Neste bilagsnummer',
  nextNumberHint: (highest: number | null) =>
    highest === null
      ? 'Fortsetter etter siste eksporterte nummer. Ingen bilag er eksportert med fortløpende nummer ennå.'
      : `Fortsetter etter siste eksporterte nummer. Høyeste eksporterte nummer er ${n(highest)}.`,
  noNextNumber:
    'Alle bilagsnumre opp til 99 999 999 er brukt: skriv inn et nytt neste nummer for å kunne eksportere.',
  separator: 'Desimaltegn i GBAT10',
  point: 'Punktum (1234.50)',
  comma: 'Komma (1234,50): bare hvis importen krever det',
  save: 'Lagre innstillingene',
  saving: 'Lagrer …',
  defaults: 'Fyll inn standardverdiene',
  defaultsNote: 'Standardverdiene er fylt inn. De gjelder først når du lagrer.',
  saved: 'Innstillingene er lagret.',
  notSavedErrors: 'Innstillingene ble ikke lagret. Rett feltene som er merket.',
  notSavedProblem: 'Innstillingene ble ikke lagret',
  reuses: (from: number, to: number) =>
    `Obs: bilagsnummer ${n(from)}–${n(to)} er brukt i tidligere eksporter. Neste eksport får numre som kan finnes i regnskapet fra før. Velg et nummer over ${n(to)}, eller kontroller at de gamle bilagene er slettet i regnskapssystemet.`,
  rowError: 'Feil i raden',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.SettingsEditor': typeof TEXT
  }
}

const CASH_LABELS: Record<CashHandling, string> = defineText('vouchers.cash', {
  'own-account': 'På kontantkontoen, i samme bilag',
  clearing: 'Sammen med Vipps MobilePay-salget, mot mellomregningskontoen',
  'leave-out': 'Holdes utenfor (kassens Z-rapport fører dem)',
})

const ACCOUNT_LABELS: Record<AccountPurpose, { label: string; hint: string }> = defineText(
  'vouchers.accounts',
  {
    clearing: {
      label: 'Mellomregning Vipps MobilePay',
      hint: 'Det Vipps MobilePay skylder butikken fram til utbetalingen.',
    },
    bank: { label: 'Bank', hint: 'Kontoen utbetalingene kommer inn på.' },
    fees: { label: 'Gebyrer', hint: 'Gebyrene Vipps MobilePay trekker i oppgjøret.' },
    uncertainVat: {
      label: 'Usikker mva',
      hint: 'Salg uten mva-spesifikasjon, til regnskapsføreren fordeler dem.',
    },
    cash: { label: 'Kontanter', hint: 'Kontantsalg, når de føres på egen konto.' },
  },
)
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.cash': typeof CASH_LABELS
    'vouchers.accounts': typeof ACCOUNT_LABELS
  }
}

/** Loads the settings and the numbering, then the form. */
export function SettingsEditor({ ledgerId }: { ledgerId: string }) {
  const settings = useVoucherSettings(ledgerId)
  const exports = useVoucherExports(ledgerId)
  const failed = settings.error ?? exports.error
  if (failed)
    return (
      <ProblemMessage
        error={failed}
        what={TEXT.what}
        onRetry={() => {
          void settings.refetch()
          void exports.refetch()
        }}
      />
    )
  if (!settings.data || !exports.data)
    return (
      <p className="muted" role="status">
        {TEXT.loading}
      </p>
    )
  return (
    <SettingsFormView
      ledgerId={ledgerId}
      saved={settings.data.settings}
      wasSaved={settings.data.saved}
      exports={exports.data}
    />
  )
}

interface FieldProps {
  id: string
  /** The field's path in the settings, as the server names it in a refusal. */
  path: string
  label: string
  hint?: string
  value: string
  errors: ReadonlyMap<string, string>
  onChange: (value: string) => void
  size?: 'account' | 'code' | 'number'
  /** In a table, whose column heading shows the label: the label is the input's name only. */
  inCell?: boolean
}

/** A number field with its hint and the server's refusal, both read out with it. */
function TextField({
  id,
  path,
  label,
  hint,
  value,
  errors,
  onChange,
  size = 'account',
  inCell = false,
}: FieldProps) {
  const inputId = `${id}-${path}`
  const error = errors.get(path)
  const described = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ')
  const note = inCell ? ' vouchers__cell-note' : ''
  const field = (
    <>
      {inCell ? null : (
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
      )}
      <input
        id={inputId}
        className={`input vouchers__input vouchers__input--${size}`}
        inputMode={path.endsWith('.rate') ? 'decimal' : 'numeric'}
        autoComplete="off"
        aria-label={inCell ? label : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <span id={`${inputId}-hint`} className={`small muted${note}`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${inputId}-error`} className={`field__error${note}`} data-field-error={path}>
          {error}
        </span>
      ) : null}
    </>
  )
  return inCell ? field : <div className="field vouchers__field">{field}</div>
}

/** One choice of a few (inside a fieldset whose legend names them), each labelled; the default is marked. */
function Radios<T extends string>(props: {
  name: string
  value: T
  options: readonly { value: T; label: string; isDefault: boolean }[]
  onChange: (value: T) => void
}) {
  return (
    <div className="vouchers__radios">
      {props.options.map((option) => (
        <label key={option.value} className="check">
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
          {option.isDefault ? <span className="muted"> ({TEXT.isStandard})</span> : null}
        </label>
      ))}
    </div>
  )
}

const defaultRate = (text: string) => {
  const rate = basisPointsOf(text)
  return DEFAULT_VOUCHER_SETTINGS.rates.find((r) => r.rate === rate) ?? null
}

function SettingsFormView({
  ledgerId,
  saved,
  wasSaved,
  exports,
}: {
  ledgerId: string
  saved: VoucherSettings
  wasSaved: boolean
  exports: ExportsState
}) {
  const id = useId()
  const [form, setForm] = useState<SettingsForm>(() => formOf(saved, exports.nextVoucherNumber))
  const [shownNext, setShownNext] = useState(() => formOf(saved, exports.nextVoucherNumber).nextNumber)
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const [answer, setAnswer] = useState<SavedSettingsAnswer | null>(null)
  const [defaultsFilled, setDefaultsFilled] = useState(false)
  const save = useSaveSettings(ledgerId)
  const defaults = DEFAULT_VOUCHER_SETTINGS

  const edit = (path: string, change: (form: SettingsForm) => SettingsForm) => {
    setForm(change)
    setAnswer(null)
    if (errors.has(path) || errors.has('(body)'))
      setErrors((current) => {
        const next = new Map(current)
        next.delete(path)
        return next
      })
  }
  const editRate = (index: number, field: keyof Omit<RateRow, 'key'>, value: string) =>
    edit(`rates.${index}.${field}`, (f) => ({
      ...f,
      rates: f.rates.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAnswer(null)
    save.run(settingsBodyOf(form, saved, shownNext), {
      onSuccess: (result) => {
        const next = formOf(result.settings, result.nextVoucherNumber)
        setForm(next)
        setShownNext(next.nextNumber)
        setErrors(new Map())
        setAnswer(result)
        setDefaultsFilled(false)
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.detail)
          setErrors(fieldErrorsOf(error.detail))
        else setErrors(new Map())
      },
    })
  }

  const saveProblem = problemParts(save.error)
  const fieldErrors = save.isError && save.error instanceof ApiError && save.error.status === 400
  const general = [...errors].filter(
    ([path]) =>
      !/^(rates\.\d+\.(rate|salesAccount|vatAccount|vatCode)|accounts\.\w+|noVatCode|numbering\.(voucherType|nextNumber))$/.test(
        path,
      ),
  )

  return (
    <section className="vouchers__settings" aria-labelledby={`${id}-title`} data-testid="voucher-settings">
      <h2 id={`${id}-title`}>{TEXT.title}</h2>
      <p className="notice vouchers__notice" data-testid="voucher-settings-accountant">
        {TEXT.accountant}
      </p>
      {!wasSaved && !answer ? <p className="muted">{TEXT.notSaved}</p> : null}
      <form onSubmit={submit} noValidate>
        <fieldset className="vouchers__group">
          <legend>{TEXT.rates}</legend>
          <ScrollBox label={TEXT.rates}>
            <table className="vouchers__table vouchers__rates">
              <thead>
                <tr>
                  <th scope="col">{TEXT.rate}</th>
                  <th scope="col">{TEXT.salesAccount}</th>
                  <th scope="col">{TEXT.vatAccount}</th>
                  <th scope="col">{TEXT.vatCode}</th>
                </tr>
              </thead>
              <tbody>
                {form.rates.map((row, index) => {
                  const rateLabel = TEXT.rateLabel(row.rate.trim())
                  const standard = defaultRate(row.rate)
                  const rowError = errors.get(`rates.${index}`)
                  return (
                    <tr key={row.key} data-testid="voucher-rate-row">
                      <td>
                        <TextField
                          inCell
                          id={id}
                          path={`rates.${index}.rate`}
                          size="code"
                          label={TEXT.fieldFor(TEXT.rate, rateLabel)}
                          value={row.rate}
                          errors={errors}
                          onChange={(value) => editRate(index, 'rate', value)}
                        />
                        {rowError ? (
                          <span
                            className="field__error vouchers__cell-note"
                            data-field-error={`rates.${index}`}
                          >
                            {rowError}
                          </span>
                        ) : null}
                        <button
                          type="button"
                          className="link-button vouchers__remove"
                          aria-label={TEXT.remove(rateLabel)}
                          onClick={() =>
                            edit('rates', (f) => ({ ...f, rates: f.rates.filter((_, i) => i !== index) }))
                          }
                        >
                          {TEXT.removeShort}
                        </button>
                      </td>
                      <td>
                        <TextField
                          inCell
                          id={id}
                          path={`rates.${index}.salesAccount`}
                          label={TEXT.fieldFor(TEXT.salesAccount, rateLabel)}
                          value={row.salesAccount}
                          errors={errors}
                          hint={standard ? TEXT.standard(standard.salesAccount) : undefined}
                          onChange={(value) => editRate(index, 'salesAccount', value)}
                        />
                      </td>
                      <td>
                        <TextField
                          inCell
                          id={id}
                          path={`rates.${index}.vatAccount`}
                          label={TEXT.fieldFor(TEXT.vatAccount, rateLabel)}
                          value={row.vatAccount}
                          errors={errors}
                          hint={
                            standard
                              ? standard.vatAccount
                                ? TEXT.standard(standard.vatAccount)
                                : TEXT.noVatAccount
                              : undefined
                          }
                          onChange={(value) => editRate(index, 'vatAccount', value)}
                        />
                      </td>
                      <td>
                        <TextField
                          inCell
                          id={id}
                          path={`rates.${index}.vatCode`}
                          size="code"
                          label={TEXT.fieldFor(TEXT.vatCode, rateLabel)}
                          value={row.vatCode}
                          errors={errors}
                          hint={standard ? TEXT.standard(standard.vatCode) : undefined}
                          onChange={(value) => editRate(index, 'vatCode', value)}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </ScrollBox>
          <button
            type="button"
            className="button button--small"
            onClick={() => edit('rates', (f) => ({ ...f, rates: [...f.rates, emptyRateRow()] }))}
          >
            {TEXT.addRate}
          </button>
          {errors.get('rates') ? (
            <p className="field__error" data-field-error="rates">
              {errors.get('rates')}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="vouchers__group">
          <legend>{TEXT.otherAccounts}</legend>
          <div className="vouchers__fields">
            {ACCOUNT_PURPOSES.map((purpose) => (
              <TextField
                key={purpose}
                id={id}
                path={`accounts.${purpose}`}
                label={ACCOUNT_LABELS[purpose].label}
                hint={`${ACCOUNT_LABELS[purpose].hint} ${TEXT.standard(defaults.accounts[purpose])}.`}
                value={form.accounts[purpose]}
                errors={errors}
                onChange={(value) =>
                  edit(`accounts.${purpose}`, (f) => ({
                    ...f,
                    accounts: { ...f.accounts, [purpose]: value },
                  }))
                }
              />
            ))}
            <TextField
              id={id}
              path="noVatCode"
              label={TEXT.noVatCode}
              hint={`${TEXT.noVatCodeHint} ${TEXT.standard(defaults.noVatCode)}.`}
              value={form.noVatCode}
              errors={errors}
              onChange={(value) => edit('noVatCode', (f) => ({ ...f, noVatCode: value }))}
            />
          </div>
        </fieldset>

        <fieldset className="vouchers__group">
          <legend>{TEXT.cash}</legend>
          <Radios
            name={`${id}-cash`}
            value={form.cashSales}
            options={CASH_HANDLING.map((option) => ({
              value: option,
              label: CASH_LABELS[option],
              isDefault: option === defaults.cashSales,
            }))}
            onChange={(cashSales) => edit('cashSales', (f) => ({ ...f, cashSales }))}
          />
        </fieldset>

        <fieldset className="vouchers__group">
          <legend>{TEXT.numbering}</legend>
          <div className="vouchers__fields">
            <TextField
              id={id}
              path="numbering.voucherType"
              label={TEXT.voucherType}
              hint={`${TEXT.voucherTypeHint} ${TEXT.standard(String(defaults.numbering.voucherType))}.`}
              value={form.voucherType}
              errors={errors}
              onChange={(value) => edit('numbering.voucherType', (f) => ({ ...f, voucherType: value }))}
            />
          </div>
          <fieldset>
            <legend className="field__label">{TEXT.mode}</legend>
            <Radios
              name={`${id}-mode`}
              value={form.mode}
              options={[
                {
                  value: 'sequential',
                  label: TEXT.sequential,
                  isDefault: defaults.numbering.mode === 'sequential',
                },
                { value: 'date', label: TEXT.byDate, isDefault: defaults.numbering.mode === 'date' },
              ]}
              onChange={(mode) => edit('numbering.mode', (f) => ({ ...f, mode }))}
            />
          </fieldset>
          {form.mode === 'sequential' ? (
            <div className="vouchers__fields">
              <TextField
                id={id}
                path="numbering.nextNumber"
                label={TEXT.nextNumber}
                hint={TEXT.nextNumberHint(exports.highestVoucherNumber)}
                value={form.nextNumber}
                errors={errors}
                size="number"
                onChange={(value) => edit('numbering.nextNumber', (f) => ({ ...f, nextNumber: value }))}
              />
            </div>
          ) : null}
          {form.mode === 'sequential' && shownNext === '' ? (
            <p className="vouchers__warning" data-testid="voucher-no-next-number">
              {TEXT.noNextNumber}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="vouchers__group">
          <legend>{TEXT.separator}</legend>
          <Radios
            name={`${id}-separator`}
            value={form.gbat10DecimalSeparator}
            options={[
              { value: '.', label: TEXT.point, isDefault: defaults.gbat10DecimalSeparator === '.' },
              { value: ',', label: TEXT.comma, isDefault: defaults.gbat10DecimalSeparator === ',' },
            ]}
            onChange={(separator) =>
              edit('gbat10DecimalSeparator', (f) => ({ ...f, gbat10DecimalSeparator: separator }))
            }
          />
        </fieldset>

        <div className="vouchers__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? TEXT.saving : TEXT.save}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setForm((f) => ({ ...formOf(DEFAULT_VOUCHER_SETTINGS, null), nextNumber: f.nextNumber }))
              setErrors(new Map())
              setAnswer(null)
              setDefaultsFilled(true)
            }}
          >
            {TEXT.defaults}
          </button>
        </div>
        <div role="status" data-testid="voucher-settings-status">
          {defaultsFilled ? <p className="muted">{TEXT.defaultsNote}</p> : null}
          {answer ? <p className="vouchers__ok">{TEXT.saved}</p> : null}
          {answer?.reusesNumbers ? (
            <p className="vouchers__warning" data-testid="voucher-reuses-numbers">
              {TEXT.reuses(answer.reusesNumbers.from, answer.reusesNumbers.to)}
            </p>
          ) : null}
        </div>
        {fieldErrors ? (
          <div className="problem" role="alert">
            <strong>{TEXT.notSavedErrors}</strong>
            {general.map(([path, message]) => (
              <p key={path}>
                {path}: {message}
              </p>
            ))}
          </div>
        ) : save.isError ? (
          <div className="problem" role="alert">
            <strong>
              {TEXT.notSavedProblem}: {saveProblem.title}
            </strong>
            {saveProblem.explanation ? <p>{saveProblem.explanation}</p> : null}
            {saveProblem.serverText ? <p className="problem__server">{saveProblem.serverText}</p> : null}
          </div>
        ) : null}
      </form>
    </section>
  )
}
