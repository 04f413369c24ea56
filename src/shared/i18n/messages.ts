/**
 * The registry of the app's texts. Each component keeps its Norwegian texts beside it and adds
 * them here by module augmentation (see defineText in ./language.ts):
 *
 *   const TEXT = defineText('explorer.totals', { heading: 'Totalt', rows: (n: number) => `${n} salg` })
 *   declare module '../../../shared/i18n/messages' {
 *     interface Messages { 'explorer.totals': typeof TEXT }
 *   }
 *
 * The English dictionary (./en) is typed `English`, so a namespace or key missing there, or one
 * it has too many, is a compile error.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation in each component
export interface Messages {}

/** The shape a translation must have: the same keys, any text for a text, the same arguments. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R extends string ? string : R
      : T[K] extends readonly unknown[]
        ? T[K]
        : Translation<T[K]>
}

export type English = { [K in keyof Messages]: Translation<Messages[K]> }
