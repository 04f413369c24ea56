import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers for every answer (hono/secure-headers): a Content-Security-Policy without
 * inline script, no framing, no referrer to other sites, no MIME sniffing. HSTS is left to the
 * HTTPS reverse proxy in front: sent from here it would also bind the owner's other subdomains.
 *
 * Referrer-Policy is `same-origin`, not `no-referrer`: under `no-referrer` a browser sends
 * `Origin: null` with the page's own form posts (Logg inn, Logg ut), and outside a secure context
 * (plain http at an IP address, as printed for other machines) Chromium sends no Sec-Fetch-Site
 * either, so the same-origin check could not tell them from another site's. Requests to other
 * sites still carry no Referer.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Charts and the virtual table position elements with style attributes.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  strictTransportSecurity: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
})
