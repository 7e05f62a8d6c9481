#!/usr/bin/env node
import { runCli } from './main.js'

/* istanbul ignore next */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
})
