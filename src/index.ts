import { run } from './action/main.js'

/* istanbul ignore next */
await run()
