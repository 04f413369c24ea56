import { ApiError } from '../shared/api/client'

let leaving = false

/**
 * When the proxy says the dashboard login is needed (the session ended or was logged out), go to
 * the login page, which brings the browser back to this same view (path and query) afterwards.
 * Every failing query reports it; the first one navigates.
 */
export function goToLoginIfRequired(
  error: unknown,
  where: Pick<Location, 'pathname' | 'search' | 'assign'> = location,
) {
  if (leaving || !(error instanceof ApiError) || !error.loginRequired) return
  leaving = true
  where.assign(`/login?next=${encodeURIComponent(where.pathname + where.search)}`)
}
