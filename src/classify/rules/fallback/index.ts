import cliErrorUnrecognised from './cli-error-unrecognised.js'
import componentProblemUnrecognised from './component-problem-unrecognised.js'
import testFailureUnrecognised from './test-failure-unrecognised.js'

/** Catch-alls: a failing component or test always yields a finding, even when nothing else matches. */
export const fallbackRules = [componentProblemUnrecognised, testFailureUnrecognised, cliErrorUnrecognised]
