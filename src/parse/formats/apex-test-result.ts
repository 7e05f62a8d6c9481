/**
 * `sf apex run test --json` `result` and the `test-result-<runId>.json` file its `--output-dir`
 * writes (the same object). Tests are PascalCase from the CLI and camelCase in apex-node's own
 * files; both are read.
 */
import { z } from 'zod'
import {
  testKey,
  type ClassCoverage,
  type CoverageEvidence,
  type TestFailure,
  type TestTotals
} from '../../model/evidence.js'
import { arrayOf, isRecord, lenientNumber, lenientString, looseObject, toNumber, toText } from '../lenient.js'
import { uniqueBy } from './deploy-result.js'

const summarySchema = looseObject({
  outcome: lenientString,
  testsRan: lenientNumber,
  passing: lenientNumber,
  failing: lenientNumber,
  skipped: lenientNumber,
  orgWideCoverage: lenientNumber
})

const coverageSchema = looseObject({
  coverage: arrayOf(z.unknown()),
  summary: looseObject({ orgWideCoverage: lenientNumber })
})

export interface ApexTestEvidence {
  tests: TestFailure[]
  totals: TestTotals
  coverage?: CoverageEvidence
}

export function looksLikeApexTestResult(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && isRecord(value['summary']) && ('tests' in value || 'testsRan' in value['summary'])
}

export function readApexTestResult(value: Record<string, unknown>): ApexTestEvidence {
  const summary = summarySchema.parse(value['summary'])
  const rows = [...arrayOf(z.unknown()).parse(value['tests']), ...arrayOf(z.unknown()).parse(value['setup'])]
  const outcomes = rows.map(readTestRow)
  const failures = uniqueBy(
    outcomes.flatMap(row => (row.failure ? [row.failure] : [])),
    testKey
  )
  const skippedRows = outcomes.filter(row => row.outcome === 'Skip').length
  const ran = summary.testsRan ?? rows.length
  const failed = Math.max(summary.failing ?? 0, failures.length)
  const skipped = summary.skipped ?? skippedRows
  const totals: TestTotals = {
    ran: Math.max(ran, failed),
    failed,
    skipped,
    passed: summary.passing ?? Math.max(ran - failed - skipped, 0)
  }

  const coverageBlock = coverageSchema.parse(value['coverage'])
  const classes = readCoverageRows(coverageBlock.coverage)
  const orgWide = summary.orgWideCoverage ?? coverageBlock.summary.orgWideCoverage
  const coverage: CoverageEvidence | undefined =
    classes.length > 0 || orgWide !== undefined
      ? { ...(orgWide !== undefined ? { orgWide } : {}), classes, warnings: [] }
      : undefined
  return { tests: failures, totals, ...(coverage ? { coverage } : {}) }
}

interface TestRow {
  outcome?: string
  failure?: TestFailure
}

function readTestRow(row: unknown): TestRow {
  if (!isRecord(row)) return {}
  const field = (pascal: string, camel: string) => row[pascal] ?? row[camel]
  const outcome = toText(field('Outcome', 'outcome'))
  const message = toText(field('Message', 'message'))
  // Setup rows have no outcome; a setup method that failed carries its message.
  const failed = outcome === 'Fail' || outcome === 'CompileFail' || (outcome === undefined && !!message)
  if (!failed) return outcome ? { outcome } : {}

  const apexClass = field('ApexClass', 'apexClass')
  const classRecord = isRecord(apexClass) ? apexClass : {}
  const fullName = toText(field('FullName', 'fullName')) ?? ''
  const methodName = toText(field('MethodName', 'methodName')) ?? fullName.split('.').pop() ?? 'unknownMethod'
  const namespace = toText(classRecord['NamespacePrefix'] ?? classRecord['namespacePrefix'])
  const className =
    toText(classRecord['Name'] ?? classRecord['name']) ??
    fullName
      .split('.')
      .slice(namespace ? 1 : 0, -1)
      .join('.')
  const stackTrace = toText(field('StackTrace', 'stackTrace'))
  return {
    outcome,
    failure: {
      className: className || 'UnknownClass',
      methodName,
      ...(namespace ? { namespace } : {}),
      message: message ?? '',
      ...(stackTrace ? { stackTrace } : {}),
      outcome: outcome === 'CompileFail' ? 'CompileFail' : 'Fail'
    }
  }
}

/** Rows of `result.coverage.coverage` and of `test-result-codecoverage.json`. */
export function readCoverageRows(rows: unknown[]): ClassCoverage[] {
  return rows.flatMap(row => {
    if (!isRecord(row)) return []
    const name = toText(row['name'])
    const percent = toNumber(row['coveredPercent'])
    if (!name || percent === undefined) return []
    const lines = isRecord(row['lines']) ? row['lines'] : {}
    const uncoveredLines = Object.entries(lines)
      .filter(([, hits]) => toNumber(hits) === 0)
      .map(([line]) => Number(line))
      .filter(Number.isInteger)
      .sort((a, b) => a - b)
    const linesTotal = toNumber(row['totalLines'])
    const covered = toNumber(row['totalCovered'])
    return [
      {
        name,
        percent,
        ...(linesTotal !== undefined ? { linesTotal } : {}),
        ...(linesTotal !== undefined && covered !== undefined
          ? { linesUncovered: linesTotal - covered }
          : {}),
        uncoveredLines
      }
    ]
  })
}

export function looksLikeCoverageRows(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(row => isRecord(row) && 'coveredPercent' in row && 'name' in row)
  )
}

/**
 * `test-result-<runId>-codecoverage.json`: one array per test method of per-class coverage. A line
 * is covered when any test covered it, so classes are merged across tests.
 */
export function looksLikePerTestCoverage(value: unknown): value is unknown[][] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      entry => Array.isArray(entry) && entry.every(row => isRecord(row) && 'apexClassOrTriggerName' in row)
    )
  )
}

export function readPerTestCoverage(value: unknown[][]): ClassCoverage[] {
  const byClass = new Map<string, { covered: Set<number>; all: Set<number> }>()
  for (const row of value.flat()) {
    if (!isRecord(row)) continue
    const name = toText(row['apexClassOrTriggerName'])
    if (!name) continue
    const lines = isRecord(row['coverage']) ? row['coverage'] : {}
    const entry = byClass.get(name) ?? { covered: new Set<number>(), all: new Set<number>() }
    for (const line of lineList(lines['coveredLines'])) {
      entry.covered.add(line)
      entry.all.add(line)
    }
    for (const line of lineList(lines['uncoveredLines'])) entry.all.add(line)
    byClass.set(name, entry)
  }
  return [...byClass.entries()].map(([name, { covered, all }]) => {
    const uncoveredLines = [...all].filter(line => !covered.has(line)).sort((a, b) => a - b)
    return {
      name,
      percent: all.size === 0 ? 100 : Math.round((covered.size / all.size) * 100),
      linesTotal: all.size,
      linesUncovered: uncoveredLines.length,
      uncoveredLines
    }
  })
}

function lineList(value: unknown): number[] {
  return Array.isArray(value) ? value.map(toNumber).filter((line): line is number => line !== undefined) : []
}
