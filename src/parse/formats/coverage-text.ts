/** Coverage facts stated only as text, in deploy warnings and `FailedValidationError` messages. */

const ORG_WIDE = /Average test coverage across all Apex Classes and Triggers is (\d+(?:\.\d+)?)%/i
const PER_CLASS = /Test coverage of selected Apex (?:Class|Trigger) is (\d+(?:\.\d+)?)%/i

export function orgWidePercentFrom(message: string): number | undefined {
  const match = ORG_WIDE.exec(message)
  return match?.[1] !== undefined ? Number(match[1]) : undefined
}

export function classPercentFrom(message: string): number | undefined {
  const match = PER_CLASS.exec(message)
  return match?.[1] !== undefined ? Number(match[1]) : undefined
}

/** True for any of Salesforce's coverage-requirement sentences. */
export function isCoverageMessage(message: string): boolean {
  return ORG_WIDE.test(message) || PER_CLASS.test(message) || /test coverage is required/i.test(message)
}
