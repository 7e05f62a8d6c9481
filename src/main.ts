/** The entry `@github/local-action` runs (it wants an exported `run`); the bundle uses src/index.ts. */
export { run } from './action/main.js'
