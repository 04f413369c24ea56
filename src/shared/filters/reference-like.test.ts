import { describe, expect, it } from 'vitest'
import { looksLikeReference } from './reference-like'

describe('looksLikeReference', () => {
  it('takes order references and pspReferences, trimmed', () => {
    for (const text of ['20783001', ' vm-20261127-44 ', '20784000017623', 'ORD-2026-1'])
      expect(looksLikeReference(text), text).toBe(true)
  })
  it('leaves product searches, amounts typed as words and short text alone', () => {
    for (const text of ['kaffe', 'ull sokker 2', '12', '', 'a\u0000123'])
      expect(looksLikeReference(text), text).toBe(false)
  })
})
