import type { Rule } from '../../rule.js'
import adminSetupLocked from './admin-setup-locked.js'
import calloutTimedOut from './callout-timed-out.js'
import deployCanceled from './deploy-canceled.js'
import deployClientTimeout from './deploy-client-timeout.js'
import deploymentRetryLimitExceeded from './deployment-retry-limit-exceeded.js'
import htmlErrorPage from './html-error-page.js'
import httpRateLimited from './http-rate-limited.js'
import httpServerError from './http-server-error.js'
import networkConnectionReset from './network-connection-reset.js'
import networkDnsLookupFailed from './network-dns-lookup-failed.js'
import networkFetchFailed from './network-fetch-failed.js'
import networkTimeout from './network-timeout.js'
import platformGackErrorId from './platform-gack-error-id.js'
import platformInternalException from './platform-internal-exception.js'
import queryTimeout from './query-timeout.js'
import requestTimeLimitExceeded from './request-time-limit-exceeded.js'
import retryableErrorsExhausted from './retryable-errors-exhausted.js'
import sandboxAuthNotReady from './sandbox-auth-not-ready.js'
import orgCreationStillRunning from './org-creation-still-running.js'
import packageVersionNotYetPublished from './package-version-not-yet-published.js'
import sharingOperationInProgress from './sharing-operation-in-progress.js'
import unableToLockRow from './unable-to-lock-row.js'
import orgBackgroundJobInProgress from './org-background-job-in-progress.js'
import platformAsksRetry from './platform-asks-retry.js'
import orgInMaintenance from './org-in-maintenance.js'
import apexAsyncJobsRunning from './apex-async-jobs-running.js'
import apexTestAlreadyQueued from './apex-test-already-queued.js'
import loginInterruptedByNetwork from './login-interrupted-by-network.js'

/** Rules of this family, in evaluation order: specific before general. */
export const transientRules: readonly Rule[] = [
  // Org-side contention: locks and operations already running.
  unableToLockRow,
  adminSetupLocked,
  sharingOperationInProgress,
  deploymentRetryLimitExceeded,
  requestTimeLimitExceeded,
  apexAsyncJobsRunning,
  apexTestAlreadyQueued,
  // Server faults.
  orgInMaintenance,
  platformGackErrorId,
  platformInternalException,
  queryTimeout,
  calloutTimedOut,
  // CLI-side waiting and polling.
  sandboxAuthNotReady,
  orgCreationStillRunning,
  packageVersionNotYetPublished,
  deployClientTimeout,
  deployCanceled,
  // HTTP and network: a page that names its server error is that error; any other page is just a page.
  httpServerError,
  httpRateLimited,
  htmlErrorPage,
  networkDnsLookupFailed,
  networkConnectionReset,
  networkTimeout,
  networkFetchFailed,
  orgBackgroundJobInProgress,
  platformAsksRetry
]

/**
 * Network faults in another family's words. They outrank every other family: while polling a request
 * the org had already accepted, the words ("ERROR_HTTP_429") may be a limit's, but the org was reachable
 * a moment before, and the CLI gave up on errors it considers temporary; a login that timed out or was
 * reset says nothing against the credentials. An org that "cannot be found" mid-deploy is not among
 * them: engineers read that as the org's login or domain (five readings of six), so auth names it.
 */
export const midRequestRules: readonly Rule[] = [retryableErrorsExhausted, loginInterruptedByNetwork]
