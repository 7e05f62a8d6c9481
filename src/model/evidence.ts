/**
 * The normalised model every parser produces. Whatever era or shape of CLI output a file was, what
 * reaches the classifier is one of these: plain, fully-typed data with arrays that are arrays,
 * numbers that are numbers and names split into their parts.
 */

/** Names the parser that recognised a file; shown to users as "read as". */
export type SourceFormat =
  | 'sf-deploy-json'
  | 'sf-deploy-async-json'
  | 'legacy-sfdx-deploy-json'
  | 'sf-apex-test-json'
  | 'sf-apex-test-run-id'
  | 'apex-coverage-json'
  | 'apex-per-test-coverage-json'
  | 'junit-xml'
  | 'sf-cli-error-json'
  | 'sf-cli-success-json'
  | 'text-log'
  | 'sf-log'
  | 'unrecognised'

export interface SourceRecord {
  path: string
  format: SourceFormat
  ok: boolean
  /** Why a file could not be read, or what was notable about it. */
  reason?: string
  bytes?: number
}

/** Where a finding was observed; the contract's `surface` field. */
export type Surface = 'component' | 'test' | 'coverage' | 'cli' | 'log'

export interface ComponentProblem {
  type: string
  name: string
  /** Zip path as the Metadata API reports it, e.g. `classes/Foo.cls`. */
  fileName?: string
  /** Project path when the CLI's `files[]` maps the component back to a source file. */
  filePath?: string
  line?: number
  column?: number
  problem: string
  severity: 'Error' | 'Warning'
}

export interface TestFailure {
  className: string
  methodName: string
  namespace?: string
  message: string
  stackTrace?: string
  /** `CompileFail` when the test class did not compile; a plain failure otherwise. */
  outcome: 'Fail' | 'CompileFail'
}

export interface TestTotals {
  ran: number
  passed: number
  failed: number
  skipped: number
}

export interface ClassCoverage {
  name: string
  type?: 'Class' | 'Trigger'
  percent: number
  linesTotal?: number
  linesUncovered?: number
  uncoveredLines: number[]
}

export interface CoverageEvidence {
  /** Org-wide percentage as the run or deploy reported it. */
  orgWide?: number
  classes: ClassCoverage[]
  /** Verbatim coverage warnings (deploy `codeCoverageWarnings`, validate message lines). */
  warnings: CoverageWarning[]
}

export interface CoverageWarning {
  /** The class or trigger the warning names; absent for the org-wide warning. */
  name?: string
  message: string
}

/** A failure stated as a message rather than tied to a component or test. */
export interface ErrorMessage {
  /**
   * `cli`: an error the CLI itself reported. `log`: text from a log (a line, or a validation block) that
   * may state a cause; it counts only if a rule recognises it.
   */
  surface: 'cli' | 'log'
  message: string
  /** Error class or code as the CLI names it, e.g. `JwtGrantError`, `sf:INVALID_SESSION_ID`. */
  name?: string
  exitCode?: number
  /** The CLI's `cause` text, which often holds the real network or OAuth error. */
  cause?: string
  command?: string
  /** Where in a log the line was found, 1-based. */
  line?: number
}

export interface DeployOutcome {
  id?: string
  status?: string
  success?: boolean
  checkOnly?: boolean
  done?: boolean
  componentErrors?: number
  componentsTotal?: number
  testErrors?: number
  testsTotal?: number
}

/** Everything one file contributed. */
export interface ParsedSource {
  record: SourceRecord
  deploy?: DeployOutcome
  components: ComponentProblem[]
  tests: TestFailure[]
  /** Totals when the file states them; merged by taking the most complete. */
  totals?: TestTotals
  coverage?: CoverageEvidence
  errors: ErrorMessage[]
}

/** Everything all files contributed, merged and de-duplicated. */
export interface Evidence {
  sources: SourceRecord[]
  deploy?: DeployOutcome
  components: ComponentProblem[]
  tests: TestFailure[]
  totals?: TestTotals
  coverage: CoverageEvidence
  errors: ErrorMessage[]
}

/** A test's identity across files: `Class.method`, or `ns.Class.method` in a namespace. */
export function testKey(test: Pick<TestFailure, 'namespace' | 'className' | 'methodName'>): string {
  return `${test.namespace ? `${test.namespace}.` : ''}${test.className}.${test.methodName}`
}

/** The reverse of `testKey`, for outputs that only print the full name. */
export function splitTestName(fullName: string): Pick<TestFailure, 'className' | 'methodName' | 'namespace'> {
  const parts = fullName.split('.')
  const methodName = parts.pop() ?? 'unknownMethod'
  const className = parts.pop() ?? 'UnknownClass'
  const namespace = parts.pop()
  return { className, methodName, ...(namespace ? { namespace } : {}) }
}

export function emptyParsedSource(record: SourceRecord): ParsedSource {
  return { record, components: [], tests: [], errors: [] }
}
