import type { Rule } from '../../rule.js'
import cliErrorUnrecognised from './cli-error-unrecognised.js'
import componentProblemUnrecognised from './component-problem-unrecognised.js'
import referenceMissingUnrecognised from './reference-missing-unrecognised.js'
import testFailureUnrecognised from './test-failure-unrecognised.js'
import transientFaultUnrecognised from './transient-fault-unrecognised.js'

/**
 * Last resorts, after every specific rule. A message that says something cannot be found is read as a
 * missing dependency, and one that reports a timeout or a dropped connection as transient; then
 * catch-alls make sure a failing component or test always yields a finding.
 */
export const fallbackRules: readonly Rule[] = [
  referenceMissingUnrecognised,
  transientFaultUnrecognised,
  componentProblemUnrecognised,
  testFailureUnrecognised,
  cliErrorUnrecognised
]
