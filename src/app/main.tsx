import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { LanguageRoot } from '../shared/i18n/LanguageSwitch'
import { startLanguage } from '../shared/i18n/language'
import { createQueryClient, Providers } from './Providers'
import { createAppRouter } from './router'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
// Matching the URL now, before React's first render, starts the page's data (its route loader)
// and its code at once; the first render then finds them on their way.
router.load().catch(console.error)

// The remembered language: Norwegian at once, English once its dictionary is in (fetched
// beside the page's code and data).
void startLanguage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={queryClient}>
        <LanguageRoot>
          <RouterProvider router={router} />
        </LanguageRoot>
      </Providers>
    </StrictMode>,
  ),
)
