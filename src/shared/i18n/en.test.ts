import { afterAll, describe, expect, it } from 'vitest'
import { setFormattingLanguage } from '../../api/locale'
import { en } from './en'

/** Every text of the English dictionary, with its path; functions called with plain arguments. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => '2026-11-22')
    return [[`${path}(…)`, String((value as (...a: string[]) => unknown)(...args))]]
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`))
  return [[path, String(value)]]
}

describe('the English dictionary', () => {
  // That every namespace and key is there, with the same arguments, the types prove (English).
  // As the app does when English is chosen: numbers and dates inside the texts follow it.
  setFormattingLanguage('en')
  const all = texts(en, 'en')
  afterAll(() => setFormattingLanguage('nb'))

  it('has texts for the whole app', () => {
    expect(Object.keys(en).length).toBeGreaterThan(60)
    expect(all.length).toBeGreaterThan(600)
  })

  it('has no empty text', () => {
    const empty = all.filter(([, text]) => text.trim() === '' && text !== ' ')
    expect(empty).toEqual([])
  })

  it('has no Norwegian letters outside the few names that keep them', () => {
    // øre (the unit), FORELØPIG (the files' own mark), «Med i summene», Løkka … are names, not prose.
    const allowed = /øre|FORELØPIG|Foreløpig: ja|Med i summene|Kasseoppgjør|bilagsart/
    const norwegian = all.filter(([, text]) => /[æøåÆØÅ]/.test(text.replace(new RegExp(allowed, 'g'), '')))
    expect(norwegian).toEqual([])
  })
})
