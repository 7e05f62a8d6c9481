import type { Rule } from '../../rule.js'
import classCoverageBelowRequired from './class-coverage-below-required.js'
import flowCoverageBelowRequired from './flow-coverage-below-required.js'
import orgWideCoverageBelowRequired from './org-wide-coverage-below-required.js'
import packageVersionCoverage from './package-version-coverage.js'
import triggerWithoutCoverage from './trigger-without-coverage.js'
import unnamedClassCoverageBelowRequired from './unnamed-class-coverage-below-required.js'
import validationFailedWithoutReason from './validation-failed-without-reason.js'

/** Rules of this family, in evaluation order: specific before general. */
export const coverageRules: readonly Rule[] = [
  triggerWithoutCoverage,
  classCoverageBelowRequired,
  unnamedClassCoverageBelowRequired,
  orgWideCoverageBelowRequired,
  flowCoverageBelowRequired,
  packageVersionCoverage,
  validationFailedWithoutReason
]
