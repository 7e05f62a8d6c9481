import type { Rule } from '../../rule.js'
import apiResourceNotFound from './api-resource-not-found.js'
import cliOwnFileMissing from './cli-own-file-missing.js'
import componentErrorWithoutReason from './component-error-without-reason.js'
import componentErrorsNotShown from './component-errors-not-shown.js'
import deployOptionRefusedByProduction from './deploy-option-refused-by-production.js'
import jwtLoginCliFault from './jwt-login-cli-fault.js'
import deployJobNotInCache from './deploy-job-not-in-cache.js'
import asyncJobNotFound from './async-job-not-found.js'
import deployRequestNotAccepted from './deploy-request-not-accepted.js'
import notInProjectDirectory from './not-in-project-directory.js'
import sourcePathNotFound from './source-path-not-found.js'
import runnerEnvironmentBroken from './runner-environment-broken.js'
import testSelectionMissing from './test-selection-missing.js'
import jestSuiteNotRun from './jest-suite-not-run.js'
import testRunnerScriptError from './test-runner-script-error.js'

/**
 * Failures whose cause the output does not carry, but whose next step is known: these rules name no
 * cause (category `unknown`) and say where the cause can be read. The job's own use of the CLI (no
 * tests selected, an option production refuses) is here too: engineers call it usage, not a fault
 * of the metadata (deploy options production refuses: 13 readings of 20).
 */
export const unknownRules: readonly Rule[] = [
  componentErrorsNotShown,
  componentErrorWithoutReason,
  deployJobNotInCache,
  asyncJobNotFound,
  deployRequestNotAccepted,
  notInProjectDirectory,
  sourcePathNotFound,
  cliOwnFileMissing,
  runnerEnvironmentBroken,
  jwtLoginCliFault,
  testSelectionMissing,
  deployOptionRefusedByProduction,
  jestSuiteNotRun,
  testRunnerScriptError,
  apiResourceNotFound
]
