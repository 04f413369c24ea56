import { ConfigError } from './config'
import { startServer } from './start'

const log = (line: string) => console.log(`[salgsoversikt] ${line}`)

startServer(process.env, log).catch((error: unknown) => {
  // A person can fix a ConfigError: say what, without a stack trace. Anything else is a bug.
  if (error instanceof ConfigError) console.error(`[salgsoversikt] ${error.message}`)
  else console.error(error)
  process.exit(1)
})
