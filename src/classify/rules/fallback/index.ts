import type { Rule } from '../../rule.js'
import cliErrorUnrecognised from './cli-error-unrecognised.js'
import componentProblemUnrecognised from './component-problem-unrecognised.js'
import referenceMissingUnrecognised from './reference-missing-unrecognised.js'
import orgItemMissingUnrecognised from './org-item-missing-unrecognised.js'
import runnerItemMissingUnrecognised from './runner-item-missing-unrecognised.js'
import targetOrgMissingUnrecognised from './target-org-missing-unrecognised.js'
import testFailureUnrecognised from './test-failure-unrecognised.js'
import transientFaultUnrecognised from './transient-fault-unrecognised.js'
import limitExceededUnrecognised from './limit-exceeded-unrecognised.js'
import coverageWarningUnrecognised from './coverage-warning-unrecognised.js'
import authCommandFailedUnrecognised from './auth-command-failed-unrecognised.js'
import authWordingUnrecognised from './auth-wording-unrecognised.js'

/**
 * Last resorts, after every specific rule. A failure of the login command itself is auth whatever it
 * says; a message that says a limit was exceeded is read as limits; a component that refers to
 * something that cannot be found as a missing dependency; a timeout or a dropped connection as
 * transient; a CLI error that says a login or an authorisation failed as auth. A CLI error that says
 * something cannot be found is the runner's (unknown) when it names a file, module or tool, auth when
 * it names the org the command should use, and a missing dependency only when it names something of
 * the org's. Then catch-alls make sure every failing component, test, coverage warning and CLI error
 * yields a finding.
 */
export const fallbackRules: readonly Rule[] = [
  authCommandFailedUnrecognised,
  limitExceededUnrecognised,
  referenceMissingUnrecognised,
  transientFaultUnrecognised,
  authWordingUnrecognised,
  runnerItemMissingUnrecognised,
  targetOrgMissingUnrecognised,
  orgItemMissingUnrecognised,
  componentProblemUnrecognised,
  testFailureUnrecognised,
  coverageWarningUnrecognised,
  cliErrorUnrecognised
]
