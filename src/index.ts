/* The action's entry. The action itself arrives with its own issue; until then this says so. */
import { run } from './action/main.js'

/* istanbul ignore next */
await run()
