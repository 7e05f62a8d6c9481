/** Assembles the `triage.json` contract from evidence and findings. Pure. */
import { testKey, type Evidence } from '../model/evidence.js'
import {
  CATEGORIES,
  type Category,
  type CoverageSummary,
  type Finding,
  type TestSummary,
  type Triage
} from '../model/triage.js'
import { findFindings, type ClassifyOptions } from './classify.js'
import { fingerprintOf } from './fingerprint.js'

export function buildTriage(evidence: Evidence, options: ClassifyOptions): Triage {
  const symptomRuleIds = new Set(options.rules.filter(rule => rule.symptom).map(rule => rule.id))
  const isSymptom = (finding: Finding) => symptomRuleIds.has(finding.ruleId)
  const findings = sortByPrecedence(findFindings(evidence, options), isSymptom)
  const categories = categoriesOf(findings)
  // What a retry would fix is decided by the causes; a symptom clears with its cause.
  const nonSymptoms = findings.filter(finding => !isSymptom(finding))
  const causes = nonSymptoms.length > 0 ? nonSymptoms : findings
  const primaryCategory = primaryOf(causes, findings)
  const tests = testSummaryOf(evidence)
  const coverage = coverageSummaryOf(evidence, options.coverageThreshold)
  return {
    schemaVersion: 1,
    primaryCategory,
    categories,
    retryable: causes.length > 0 && causes.every(finding => finding.retryable),
    fingerprint: fingerprintOf(primaryCategory, findings),
    headline: headlineOf(primaryCategory, findings, causes, tests, coverage, evidence),
    findings,
    tests,
    coverage,
    sources: evidence.sources
  }
}

/**
 * Precedence order, except that symptoms name the cause only when nothing else failed: failing tests
 * lower coverage, and a child component fails with its parent ("Parent entity failed to deploy"), so
 * a coverage warning or a symptom rule's finding beside any other failure is not the cause.
 */
function primaryOf(causes: Finding[], findings: Finding[]): Category {
  const firstCause = (candidates: Finding[]) =>
    categoriesOf(candidates).find(category => category !== 'coverage' && category !== 'unknown')
  return (
    firstCause(causes) ??
    firstCause(findings) ??
    (findings.some(finding => finding.category === 'coverage') ? 'coverage' : 'unknown')
  )
}

function categoriesOf(findings: Finding[]): Category[] {
  return CATEGORIES.filter(category => findings.some(finding => finding.category === category))
}

/** Causes in precedence order, then symptoms, each in the order they were found. */
function sortByPrecedence(findings: Finding[], isSymptom: (finding: Finding) => boolean): Finding[] {
  const rank = (finding: Finding) =>
    (isSymptom(finding) ? CATEGORIES.length : 0) + CATEGORIES.indexOf(finding.category)
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding)
}

function testSummaryOf(evidence: Evidence): TestSummary {
  const failedTests = evidence.tests.map(test => testKey(test))
  const totals = evidence.totals
  const failed = Math.max(totals?.failed ?? 0, failedTests.length)
  const ran = Math.max(totals?.ran ?? 0, failed)
  const skipped = totals?.skipped ?? 0
  return { ran, passed: Math.max(ran - failed - skipped, 0), failed, skipped, failedTests }
}

function coverageSummaryOf(evidence: Evidence, threshold: number): CoverageSummary {
  const belowThreshold = evidence.coverage.classes
    .filter(entry => entry.percent < threshold)
    .sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name))
    .map(entry => ({ name: entry.name, percent: entry.percent, uncoveredLines: entry.uncoveredLines }))
  return { orgWide: evidence.coverage.orgWide ?? null, threshold, belowThreshold }
}

const CATEGORY_NOUNS: Record<Category, string> = {
  auth: 'authentication problem',
  dependency: 'missing dependency',
  metadata: 'invalid component',
  limits: 'governor limit',
  test: 'failing test',
  coverage: 'coverage shortfall',
  transient: 'transient platform fault',
  unknown: 'unrecognised error'
}

function headlineOf(
  primary: Category,
  findings: Finding[],
  causes: Finding[],
  tests: TestSummary,
  coverage: CoverageSummary,
  evidence: Evidence
): string {
  const lead = findings.find(finding => finding.category === primary)
  if (!lead) {
    const failed = evidence.deploy?.success === false || evidence.deploy?.status === 'Failed'
    return failed ? 'The deploy failed but its output names no cause' : 'No failure found in the files read'
  }
  const parts = [`${capitalise(CATEGORY_NOUNS[primary])}: ${lead.title}`]
  const sameRule = findings.filter(finding => finding.ruleId === lead.ruleId).length
  if (sameRule > 1) parts[0] += ` (${sameRule}×)`
  const others = findings.length - sameRule
  if (tests.failed > 0) parts.push(`${tests.failed} of ${tests.ran} tests failed`)
  if (coverage.orgWide !== null && coverage.orgWide < coverage.threshold && primary !== 'coverage') {
    parts.push(`coverage ${coverage.orgWide}% (needs ${coverage.threshold}%)`)
  }
  if (others > 0 && parts.length === 1) parts.push(`${others} more finding${others === 1 ? '' : 's'}`)
  if (causes.every(finding => finding.retryable)) parts.push('a retry is likely to pass')
  return parts.join('; ')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
