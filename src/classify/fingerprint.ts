/**
 * "The same failure again": a hash over what failed, never over when or where in a run it failed.
 * Ids, timestamps, durations and stack-frame line numbers are left out, so a re-run of the same
 * broken deploy hashes the same, and a different failing set hashes differently.
 */
import { createHash } from 'node:crypto'
import type { Category, Finding } from '../model/triage.js'

export function fingerprintOf(primaryCategory: Category, findings: readonly Finding[]): string {
  const ruleIds = unique(findings.map(finding => finding.ruleId))
  const failing = unique(
    findings.flatMap(finding => [
      ...(finding.component ? [`${finding.component.type}:${finding.component.name}`] : []),
      ...(finding.test ? [finding.test.fullName] : [])
    ])
  )
  const canonical = JSON.stringify({ primaryCategory, ruleIds, failing })
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16)
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort()
}
