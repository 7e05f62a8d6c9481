/**
 * Secrets that CLI output and CI logs are known to leak. Every string of a triage passes through
 * here before it is written anywhere, because reports are posted to issues, PRs and Slack.
 */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  // sfdx auth URL: force://<clientId>:<clientSecret>:<refreshToken>@<instance>
  [/force:\/\/[^\s'"@]{8,}@[^\s'"]+/g, 'force://[REDACTED]'],
  // Access tokens and session ids: an org id, "!", then the token body.
  [/\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._-]{20,}/g, '[REDACTED-TOKEN]'],
  [/\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=!-]{16,}/gi, '$1 [REDACTED]'],
  [
    /\b(sid|access_token|refresh_token|client_secret|password)(["']?\s*[:=]\s*["']?)[^\s"'&,}]{6,}/gi,
    '$1$2[REDACTED]'
  ],
  [/https:\/\/hooks\.slack\.com\/[^\s"'<>]+/g, 'https://hooks.slack.com/[REDACTED]'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, '[REDACTED-GITHUB-TOKEN]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, '[REDACTED-PRIVATE-KEY]']
]

/** One cheap test first: almost no string holds a secret, and reports hold many strings. */
const MIGHT_HOLD_A_SECRET =
  /force:|00D|bearer|oauth|sid|token|secret|password|hooks\.slack|gh[pousr]_|PRIVATE KEY/i

export function redactSecrets(text: string, extraPatterns: readonly RegExp[] = []): string {
  if (extraPatterns.length === 0 && !MIGHT_HOLD_A_SECRET.test(text)) return text
  let result = text
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement)
  for (const pattern of extraPatterns) result = result.replace(pattern, '[REDACTED]')
  return result
}

/** Redacts every string inside a JSON-shaped value, keeping its shape. */
export function redactDeep<T>(value: T, extraPatterns: readonly RegExp[] = []): T {
  if (typeof value === 'string') return redactSecrets(value, extraPatterns) as T
  if (Array.isArray(value)) return value.map(item => redactDeep(item, extraPatterns)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, extraPatterns)])
    ) as T
  }
  return value
}
