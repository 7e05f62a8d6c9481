import type { Rule } from '../../rule.js'
import aggregateQueryTooManyRows from './aggregate-query-too-many-rows.js'
import asyncJobQueueLimit from './async-job-queue-limit.js'
import calloutLimit from './callout-limit.js'
import cpuTimeLimit from './cpu-time-limit.js'
import dailyApiRequestLimit from './daily-api-request-limit.js'
import deploySizeLimit from './deploy-size-limit.js'
import dmlLimitExceeded from './dml-limit-exceeded.js'
import dmlRowsLimit from './dml-rows-limit.js'
import dmlStatementsLimit from './dml-statements-limit.js'
import emailInvocationsLimit from './email-invocations-limit.js'
import futureCallsLimit from './future-calls-limit.js'
import governorLimitOther from './governor-limit-other.js'
import heapSizeLimit from './heap-size-limit.js'
import licenseLimit from './license-limit.js'
import nonSelectiveQuery from './non-selective-query.js'
import orgCustomizationLimit from './org-customization-limit.js'
import queryRowsLimit from './query-rows-limit.js'
import queueableJobsLimit from './queueable-jobs-limit.js'
import regexTooComplicated from './regex-too-complicated.js'
import singleEmailLimit from './single-email-limit.js'
import soqlQueriesLimit from './soql-queries-limit.js'
import soslLimit from './sosl-limit.js'
import stackDepthLimit from './stack-depth-limit.js'
import storageLimit from './storage-limit.js'
import triggerDepth from './trigger-depth.js'
import scratchOrgLimit from './scratch-org-limit.js'
import apexCodeSizeLimit from './apex-code-size-limit.js'
import requestTooLarge from './request-too-large.js'
import cliOutOfMemory from './cli-out-of-memory.js'
import cliResponseTooLarge from './cli-response-too-large.js'
import queryTooComplicated from './query-too-complicated.js'
import formulaSizeLimit from './formula-size-limit.js'
import concurrentRequestLimit from './concurrent-request-limit.js'
import asyncNestingNotAllowed from './async-nesting-not-allowed.js'

/** Rules of this family, in evaluation order: specific before general. */
export const limitsRules: readonly Rule[] = [
  soqlQueriesLimit,
  dmlStatementsLimit,
  dmlRowsLimit,
  queryRowsLimit,
  cpuTimeLimit,
  heapSizeLimit,
  calloutLimit,
  futureCallsLimit,
  queueableJobsLimit,
  asyncNestingNotAllowed,
  stackDepthLimit,
  soslLimit,
  emailInvocationsLimit,
  nonSelectiveQuery,
  queryTooComplicated,
  triggerDepth,
  regexTooComplicated,
  aggregateQueryTooManyRows,
  asyncJobQueueLimit,
  singleEmailLimit,
  // Org-wide request caps: the concurrent one clears in seconds (retryable), the daily one does not.
  concurrentRequestLimit,
  dailyApiRequestLimit,
  storageLimit,
  orgCustomizationLimit,
  licenseLimit,
  deploySizeLimit,
  dmlLimitExceeded,
  governorLimitOther,
  scratchOrgLimit,
  apexCodeSizeLimit,
  requestTooLarge,
  cliOutOfMemory,
  cliResponseTooLarge,
  formulaSizeLimit
]
