import type { Rule } from '../../rule.js'
import accessTokenLoginFailed from './access-token-login-failed.js'
import apiAccessDisabled from './api-access-disabled.js'
import authCodeLoginFailed from './auth-code-login-failed.js'
import authDecryptFailed from './auth-decrypt-failed.js'
import jwtKeyDecryptFailed from './jwt-key-decrypt-failed.js'
import credentialKeychainUnavailable from './credential-keychain-unavailable.js'
import deployUserMissingPermission from './deploy-user-missing-permission.js'
import cliUserMissingPermission from './cli-user-missing-permission.js'
import interactiveLoginInCi from './interactive-login-in-ci.js'
import invalidLoginCredentials from './invalid-login-credentials.js'
import jwtAudienceInvalid from './jwt-audience-invalid.js'
import jwtGrantFailed from './jwt-grant-failed.js'
import jwtInvalidAssertion from './jwt-invalid-assertion.js'
import jwtPrivateKeyUnreadable from './jwt-private-key-unreadable.js'
import loginEndpointUnreachable from './login-endpoint-unreachable.js'
import loginUserRestricted from './login-user-restricted.js'
import namedOrgNotFound from './named-org-not-found.js'
import noDefaultDevHub from './no-default-dev-hub.js'
import noDefaultOrg from './no-default-org.js'
import oauthAppNotApproved from './oauth-app-not-approved.js'
import oauthClientInvalid from './oauth-client-invalid.js'
import orgApiVersionsUnavailable from './org-api-versions-unavailable.js'
import orgDomainNotFound from './org-domain-not-found.js'
import orgExpiredOrDeleted from './org-expired-or-deleted.js'
import passwordExpired from './password-expired.js'
import refreshTokenAuthFailed from './refresh-token-auth-failed.js'
import refreshTokenExpired from './refresh-token-expired.js'
import sessionExpiredOrInvalid from './session-expired-or-invalid.js'
import sfdxAuthUrlInvalid from './sfdx-auth-url-invalid.js'
import soapLoginDisabled from './soap-login-disabled.js'
import oauthError from './oauth-error.js'
import authFailureUnrecognised from './auth-failure-unrecognised.js'
import storedCredentialMissing from './stored-credential-missing.js'
import packageInstallationKeyInvalid from './package-installation-key-invalid.js'
import tlsCertificateUntrusted from './tls-certificate-untrusted.js'

/** Rules of this family, in evaluation order: specific before general. */
export const authRules: readonly Rule[] = [
  // Login flows: specific causes first, then the generic "login with X failed" wrappers at the end.
  jwtKeyDecryptFailed,
  jwtPrivateKeyUnreadable,
  tlsCertificateUntrusted,
  loginEndpointUnreachable,
  oauthAppNotApproved,
  jwtAudienceInvalid,
  jwtInvalidAssertion,
  oauthClientInvalid,
  refreshTokenExpired,
  loginUserRestricted,
  soapLoginDisabled,
  invalidLoginCredentials,
  passwordExpired,
  accessTokenLoginFailed,
  sfdxAuthUrlInvalid,
  // Stored auth and org resolution.
  authDecryptFailed,
  credentialKeychainUnavailable,
  orgExpiredOrDeleted,
  namedOrgNotFound,
  noDefaultDevHub,
  noDefaultOrg,
  orgDomainNotFound,
  orgApiVersionsUnavailable,
  // Using the org.
  sessionExpiredOrInvalid,
  deployUserMissingPermission,
  apiAccessDisabled,
  cliUserMissingPermission,
  interactiveLoginInCi,
  packageInstallationKeyInvalid,
  // Generic login wrappers.
  jwtGrantFailed,
  refreshTokenAuthFailed,
  authCodeLoginFailed,
  oauthError,
  storedCredentialMissing,
  authFailureUnrecognised
]
