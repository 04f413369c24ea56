import '@testing-library/jest-dom/vitest'

// react-virtual measures its scroll element; jsdom has no layout, so give elements a size.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1200 })
}

// Testing Library gives up on findBy…/waitFor after 1 s by default, which a busy machine can
// exceed while the demo back end answers and React renders. A ceiling, not a wait: each check
// passes as soon as what it waits for is there.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 15_000 })
}
