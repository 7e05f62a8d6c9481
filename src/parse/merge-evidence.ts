/**
 * One artifact often says the same thing several times: the deploy JSON, its JUnit and a captured
 * log all list the same failing test. Merging keeps one entry per component problem, test and
 * message, preferring the richest copy, so counts and the fingerprint do not depend on how many
 * files the workflow happened to upload.
 */
import type {
  ClassCoverage,
  ComponentProblem,
  CoverageEvidence,
  DeployOutcome,
  ErrorMessage,
  Evidence,
  ParsedSource,
  TestFailure,
  TestTotals
} from '../model/evidence.js'
import { testKey } from '../model/evidence.js'
import { orgWidePercentFrom } from './formats/coverage-text.js'

export function mergeEvidence(parsed: ParsedSource[]): Evidence {
  const deploy = mergeDeploy(parsed.flatMap(source => (source.deploy ? [source.deploy] : [])))
  const totals = mergeTotals(parsed.flatMap(source => (source.totals ? [source.totals] : [])))
  return {
    sources: parsed.map(source => source.record),
    ...(deploy ? { deploy } : {}),
    components: mergeBy(
      parsed.flatMap(source => source.components),
      componentKey,
      richerComponent
    ),
    tests: mergeBy(
      parsed.flatMap(source => source.tests),
      testKey,
      richerTest
    ),
    ...(totals ? { totals } : {}),
    coverage: mergeCoverage(parsed.flatMap(source => (source.coverage ? [source.coverage] : []))),
    errors: mergeBy(
      parsed.flatMap(source => source.errors),
      errorKey,
      (kept: ErrorMessage) => kept
    )
  }
}

function componentKey(component: ComponentProblem): string {
  // The validate message names components without their type, so the type is not part of the key.
  return `${component.name}\u0000${normaliseSpace(component.problem)}`
}

function errorKey(error: ErrorMessage): string {
  return `${error.name ?? ''}\u0000${normaliseSpace(error.message)}`
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function richerComponent(kept: ComponentProblem, other: ComponentProblem): ComponentProblem {
  return {
    ...other,
    ...kept,
    type: kept.type || other.type,
    ...((kept.filePath ?? other.filePath) ? { filePath: kept.filePath ?? other.filePath } : {}),
    ...((kept.line ?? other.line) ? { line: kept.line ?? other.line } : {}),
    ...((kept.column ?? other.column) ? { column: kept.column ?? other.column } : {})
  }
}

function richerTest(kept: TestFailure, other: TestFailure): TestFailure {
  const stackTrace = kept.stackTrace ?? other.stackTrace
  return {
    ...kept,
    message: kept.message || other.message,
    ...(stackTrace ? { stackTrace } : {}),
    outcome: kept.outcome === 'CompileFail' || other.outcome === 'CompileFail' ? 'CompileFail' : 'Fail'
  }
}

function mergeBy<T>(items: T[], key: (item: T) => string, richer: (kept: T, other: T) => T): T[] {
  const byKey = new Map<string, T>()
  for (const item of items) {
    const k = key(item)
    const kept = byKey.get(k)
    byKey.set(k, kept === undefined ? item : richer(kept, item))
  }
  return [...byKey.values()]
}

/** A failed deploy outranks one that is only queued; a deploy with counts outranks one without. */
function mergeDeploy(outcomes: DeployOutcome[]): DeployOutcome | undefined {
  if (outcomes.length === 0) return undefined
  const weight = (outcome: DeployOutcome) =>
    (outcome.success === false || outcome.status === 'Failed' ? 2 : 0) +
    (outcome.componentsTotal !== undefined ? 1 : 0)
  return outcomes.reduce((best, outcome) =>
    weight(outcome) > weight(best) ? { ...best, ...outcome } : { ...outcome, ...best }
  )
}

function mergeTotals(totals: TestTotals[]): TestTotals | undefined {
  if (totals.length === 0) return undefined
  return totals.reduce((best, next) =>
    next.ran > best.ran || (next.ran === best.ran && next.failed > best.failed) ? next : best
  )
}

function mergeCoverage(reports: CoverageEvidence[]): CoverageEvidence {
  const warnings = mergeBy(
    reports.flatMap(report => report.warnings),
    w => `${w.name ?? ''}\u0000${w.message}`,
    w => w
  )
  const orgWide =
    reports.map(report => report.orgWide).find(value => value !== undefined) ??
    warnings.map(warning => orgWidePercentFrom(warning.message)).find(value => value !== undefined)
  const classes = mergeBy(
    reports.flatMap(report => report.classes),
    entry => entry.name,
    (kept: ClassCoverage, other: ClassCoverage) =>
      kept.uncoveredLines.length || !other.uncoveredLines.length ? kept : other
  )
  return { ...(orgWide !== undefined ? { orgWide } : {}), classes, warnings }
}
