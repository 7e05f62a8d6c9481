/**
 * The Metadata API `DeployResult`, in every shape the CLI has printed it: typed by jsforce ≥ 2,
 * raw strings and single objects from jsforce 1.x and REST deploys, with or without the CLI's
 * `files[]` (sf) or `deployedSource[]` (plugin-source).
 */
import { z } from 'zod'
import type {
  ClassCoverage,
  ComponentProblem,
  CoverageEvidence,
  DeployOutcome,
  ErrorMessage,
  TestFailure,
  TestTotals
} from '../../model/evidence.js'
import { testKey } from '../../model/evidence.js'
import {
  arrayOf,
  isRecord,
  lenientBoolean,
  lenientNumber,
  lenientPositiveInt,
  lenientString,
  looseObject
} from '../lenient.js'
import { orgWidePercentFrom } from './coverage-text.js'

const deployMessage = looseObject({
  componentType: lenientString,
  fullName: lenientString,
  fileName: lenientString,
  problem: lenientString,
  problemType: lenientString,
  lineNumber: lenientPositiveInt,
  columnNumber: lenientPositiveInt,
  success: lenientBoolean
})

const runTestFailure = looseObject({
  name: lenientString,
  methodName: lenientString,
  namespace: lenientString,
  message: lenientString,
  stackTrace: lenientString
})

const codeCoverage = looseObject({
  name: lenientString,
  type: lenientString,
  numLocations: lenientNumber,
  numLocationsNotCovered: lenientNumber,
  locationsNotCovered: arrayOf(looseObject({ line: lenientPositiveInt }))
})

const coverageWarning = looseObject({ name: lenientString, message: lenientString })
const flowCoverageWarning = looseObject({ flowName: lenientString, message: lenientString })

const runTestResult = looseObject({
  numTestsRun: lenientNumber,
  numFailures: lenientNumber,
  failures: arrayOf(runTestFailure),
  successes: arrayOf(z.unknown()),
  codeCoverage: arrayOf(codeCoverage),
  codeCoverageWarnings: arrayOf(coverageWarning),
  flowCoverageWarnings: arrayOf(flowCoverageWarning)
})

const fileResponse = looseObject({
  fullName: lenientString,
  type: lenientString,
  state: lenientString,
  filePath: lenientString
})

const deployResultSchema = looseObject({
  id: lenientString,
  status: lenientString,
  success: lenientBoolean,
  done: lenientBoolean,
  checkOnly: lenientBoolean,
  numberComponentErrors: lenientNumber,
  numberComponentsTotal: lenientNumber,
  numberTestErrors: lenientNumber,
  numberTestsCompleted: lenientNumber,
  numberTestsTotal: lenientNumber,
  errorMessage: lenientString,
  errorStatusCode: lenientString,
  details: looseObject({
    componentFailures: arrayOf(deployMessage),
    runTestResult: runTestResult
  }),
  files: arrayOf(fileResponse),
  deployedSource: arrayOf(fileResponse)
})

type FileResponse = z.output<typeof fileResponse>

export interface DeployResultEvidence {
  deploy: DeployOutcome
  components: ComponentProblem[]
  tests: TestFailure[]
  totals?: TestTotals
  coverage?: CoverageEvidence
  errors: ErrorMessage[]
}

/** The states of a finished deploy (`DeployStatus` in the Metadata API). */
const FINISHED_DEPLOY_STATES = new Set(['Failed', 'Canceled', 'Succeeded', 'SucceededPartial'])

/**
 * True when `value` has the fields only a DeployResult has. A deploy the org refused as a whole
 * can come back with nothing but its state and `errorMessage`, and no counts or details at all.
 */
export function looksLikeDeployResult(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false
  return (
    'numberComponentErrors' in value ||
    'numberComponentsTotal' in value ||
    (isRecord(value['details']) &&
      ('componentFailures' in value['details'] || 'runTestResult' in value['details'])) ||
    (FINISHED_DEPLOY_STATES.has(String(value['status'])) &&
      ('errorMessage' in value || 'errorStatusCode' in value))
  )
}

export function readDeployResult(value: unknown): DeployResultEvidence {
  const result = deployResultSchema.parse(value)
  const files = [...result.files, ...result.deployedSource]
  const run = result.details.runTestResult

  const components = uniqueBy(
    result.details.componentFailures
      .filter(failure => failure.success !== true && failure.problem !== undefined)
      .map(failure => toComponentProblem(failure, files)),
    problem => [problem.type, problem.name, problem.problem, problem.line].join('\u0000')
  )

  const tests = uniqueBy(
    run.failures.map((failure): TestFailure => ({
      className: failure.name ?? 'UnknownClass',
      methodName: failure.methodName ?? 'unknownMethod',
      ...(failure.namespace ? { namespace: failure.namespace } : {}),
      message: failure.message ?? '',
      ...(failure.stackTrace ? { stackTrace: failure.stackTrace } : {}),
      outcome: 'Fail'
    })),
    testKey
  )

  const ran = Math.max(
    run.numTestsRun ?? 0,
    run.successes.length + tests.length,
    result.numberTestsCompleted ?? 0
  )
  const failed = Math.max(tests.length, run.numFailures ?? 0)
  const totals: TestTotals | undefined =
    ran > 0 || failed > 0
      ? { ran: Math.max(ran, failed), passed: Math.max(ran - failed, 0), failed, skipped: 0 }
      : undefined

  const coverage = readCoverage(run)
  const errors: ErrorMessage[] = []
  if (result.errorMessage) {
    errors.push({
      surface: 'cli',
      message: result.errorMessage,
      ...(result.errorStatusCode ? { name: result.errorStatusCode } : {})
    })
  }

  return {
    deploy: {
      ...definedOnly({
        id: result.id,
        status: result.status,
        success: result.success,
        checkOnly: result.checkOnly,
        done: result.done,
        componentErrors: result.numberComponentErrors,
        componentsTotal: result.numberComponentsTotal,
        testErrors: result.numberTestErrors,
        testsTotal: result.numberTestsTotal
      })
    },
    components,
    tests,
    ...(totals ? { totals } : {}),
    ...(coverage ? { coverage } : {}),
    errors
  }
}

function toComponentProblem(
  failure: z.output<typeof deployMessage>,
  files: FileResponse[]
): ComponentProblem {
  const type = failure.componentType ?? ''
  const name = failure.fullName ?? failure.fileName ?? 'unknown'
  const filePath = sourceFileFor(type, name, failure.fileName, files)
  return {
    type,
    name,
    ...(failure.fileName ? { fileName: failure.fileName } : {}),
    ...(filePath ? { filePath } : {}),
    ...(failure.lineNumber ? { line: failure.lineNumber } : {}),
    ...(failure.columnNumber ? { column: failure.columnNumber } : {}),
    problem: failure.problem ?? '',
    severity: failure.problemType === 'Warning' ? 'Warning' : 'Error'
  }
}

/**
 * Maps a component back to its project file through the CLI's `files[]`. A failed component is
 * listed once; a successful one once per file (`Foo.cls` and `Foo.cls-meta.xml`), so prefer the
 * entry whose extension matches the zip path's.
 */
function sourceFileFor(type: string, name: string, zipPath: string | undefined, files: FileResponse[]) {
  const candidates = files.filter(file => file.type === type && file.fullName === name && file.filePath)
  if (candidates.length === 0) return undefined
  const zipExtension = zipPath?.match(/\.[^./]+$/)?.[0]
  const sameExtension = zipExtension
    ? candidates.find(file => file.filePath?.endsWith(zipExtension))
    : undefined
  const failed = candidates.find(file => file.state === 'Failed')
  return (sameExtension ?? failed ?? candidates[0])?.filePath
}

function readCoverage(run: z.output<typeof runTestResult>): CoverageEvidence | undefined {
  const classes: ClassCoverage[] = run.codeCoverage.flatMap(entry => {
    if (!entry.name || !entry.numLocations) return []
    const uncovered = entry.numLocationsNotCovered ?? entry.locationsNotCovered.length
    return [
      {
        name: entry.name,
        ...(entry.type === 'Class' || entry.type === 'Trigger' ? { type: entry.type } : {}),
        percent: Math.round(((entry.numLocations - uncovered) / entry.numLocations) * 100),
        linesTotal: entry.numLocations,
        linesUncovered: uncovered,
        uncoveredLines: entry.locationsNotCovered.flatMap(location => (location.line ? [location.line] : []))
      }
    ]
  })
  const warnings = [
    ...run.codeCoverageWarnings.flatMap(warning =>
      warning.message ? [{ ...(warning.name ? { name: warning.name } : {}), message: warning.message }] : []
    ),
    ...run.flowCoverageWarnings.flatMap(warning =>
      warning.message
        ? [{ ...(warning.flowName ? { name: warning.flowName } : {}), message: warning.message }]
        : []
    )
  ]
  if (classes.length === 0 && warnings.length === 0) return undefined
  const orgWide = warnings
    .map(warning => orgWidePercentFrom(warning.message))
    .find(value => value !== undefined)
  return { ...(orgWide !== undefined ? { orgWide } : {}), classes, warnings }
}

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>
}
