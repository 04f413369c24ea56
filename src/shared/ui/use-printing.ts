import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed. Set synchronously (flushSync) in `beforeprint`, so what
 * is rendered for print is on the page before the browser lays it out for paper; the print media
 * query also sets it (and a test's emulated print media).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    // (Not every environment has matchMedia: jsdom has not.)
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
    const set = (value: boolean) => flushSync(() => setPrinting(value))
    const before = () => set(true)
    const after = () => set(print?.matches ?? false)
    const change = (event: MediaQueryListEvent) => set(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    print?.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      print?.removeEventListener('change', change)
    }
  }, [])
  return printing
}
