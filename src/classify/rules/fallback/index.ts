import type { Rule } from '../../rule.js'
import cliErrorUnrecognised from './cli-error-unrecognised.js'
import componentProblemUnrecognised from './component-problem-unrecognised.js'
import referenceMissingUnrecognised from './reference-missing-unrecognised.js'
import orgItemMissingUnrecognised from './org-item-missing-unrecognised.js'
import testFailureUnrecognised from './test-failure-unrecognised.js'
import transientFaultUnrecognised from './transient-fault-unrecognised.js'
import limitExceededUnrecognised from './limit-exceeded-unrecognised.js'
import coverageWarningUnrecognised from './coverage-warning-unrecognised.js'
import authCommandFailedUnrecognised from './auth-command-failed-unrecognised.js'
import authWordingUnrecognised from './auth-wording-unrecognised.js'

/**
 * Last resorts, after every specific rule. A failure of the login command itself is auth whatever it
 * says; a message that says a limit was exceeded is read as limits; one that says something cannot be
 * found as a missing dependency (from a CLI error, only when it names something of the org's); one
 * that reports a timeout or a dropped connection as transient; and a CLI error that says a login or an
 * authorisation failed as auth. Then catch-alls make sure every failing component, test, coverage
 * warning and CLI error yields a finding.
 */
export const fallbackRules: readonly Rule[] = [
  authCommandFailedUnrecognised,
  limitExceededUnrecognised,
  referenceMissingUnrecognised,
  orgItemMissingUnrecognised,
  transientFaultUnrecognised,
  authWordingUnrecognised,
  componentProblemUnrecognised,
  testFailureUnrecognised,
  coverageWarningUnrecognised,
  cliErrorUnrecognised
]
