import { defineRule } from '../../define-rule.js'

// What a login is made of, in the words tools use for it; not as part of a command name
// ("org:login:web is not a sfdx command" is a usage error), but after a status code
// ("handshake failed: 401::Authentication invalid").
const AUTH_TERM = String.raw`(?<![\w-])(?<!\w:)(?:authenticat\w*|(?:re-?|un)?authori[sz]\w*|log ?in|logins?|credentials?|OAuth\d?|connected app|(?:access|refresh) token|auth ?url|JWT)(?![:\w-])`
// That it went wrong, in the message's own words: the CLI's prefix ("ERROR running force:…:",
// "Error (1):") says nothing of a login. The two must share a sentence: "Validating Org
// Authentication.. Error: <query error>" is a progress line followed by another failure.
const FAILURE_TERM = String.raw`(?:errors?(?! running\b| \()|fail\w*|unable|cannot|can[’']t|could ?n[o’']t|isn[’']t|is not|invalid|expired|revoked|denied|refused|rejected)`
// A full stop ends the sentence only before a space: usernames and URLs are full of dots.
const SAME_SENTENCE = String.raw`(?:[^.\n>]|\.(?=\S)){0,60}?`

export default defineRule({
  id: 'auth-wording-unrecognised',
  category: 'auth',
  title: 'Logging in to the org failed',
  // Only the CLI's own error: a log is full of other tools' logins (git, npm, registries, cloud SDKs).
  surfaces: ['cli'],
  patterns: [
    new RegExp(String.raw`\b${FAILURE_TERM}\b${SAME_SENTENCE}\b${AUTH_TERM}\b`, 'i'),
    new RegExp(String.raw`\b${AUTH_TERM}\b${SAME_SENTENCE}\b${FAILURE_TERM}\b`, 'i')
  ],
  explanation:
    'No specific rule knows this message, but the tool says that authenticating or authorising against the org failed: the job has no usable org connection, so every later step would fail as well.',
  remediation: [
    'Check the login in the same job: `sf org display --target-org <alias> --verbose` (does the token refresh?).',
    'Check that the secret the login step reads (SFDX auth URL, JWT key, client id, username) is present in this job and neither empty nor truncated.',
    'Re-create the secret from a fresh login and store it again.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth.htm'],
  retryable: false
})
