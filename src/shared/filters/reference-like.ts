import { checkReference } from '../../api/params'

/**
 * Text that could be an order reference or a pspReference (20783001, vm-20261127-44,
 * 20784000017623): one word with a digit in it, within the API's limits. A word like "kaffe" is a
 * search for products, not a reference.
 */
export function looksLikeReference(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length >= 4 && !/\s/.test(trimmed) && /\d/.test(trimmed) && checkReference(trimmed) === null
}
