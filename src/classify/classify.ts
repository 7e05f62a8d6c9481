/**
 * Evidence in, findings out. Every component problem, failed test, coverage warning and CLI error is
 * one subject; the first rule that matches it names its cause. Catch-all rules at the end of the
 * catalog make sure a failing component or test is never silently dropped, while log lines only
 * count when a rule recognises them (a log is mostly noise).
 */
import type { ComponentProblem, ErrorMessage, Evidence, Surface, TestFailure } from '../model/evidence.js'
import type { Finding, FindingComponent, FindingTest } from '../model/triage.js'
import { fillTemplate, firstMatch, type RuleMatch } from './match.js'
import type { Rule } from './rule.js'

/** Cascades nest ("Dependent class is invalid: … Dependent class is invalid: …"); three levels is plenty. */
const MAX_CASCADE_DEPTH = 3

/**
 * Placeholders a rule's templates may use besides its captures: the engine knows them from where the
 * message was found.
 */
const CONTEXT_PLACEHOLDERS = {
  component: ['componentType', 'componentName'],
  test: ['testName']
} as const satisfies Partial<Record<Surface, readonly string[]>>

type ContextOf<S extends keyof typeof CONTEXT_PLACEHOLDERS> = Record<
  (typeof CONTEXT_PLACEHOLDERS)[S][number],
  string
>

/** For the catalog tests, which tell a placeholder that can be filled from one that would read `<name>`. */
export function contextPlaceholdersOn(surface: Surface): readonly string[] {
  return surface in CONTEXT_PLACEHOLDERS
    ? CONTEXT_PLACEHOLDERS[surface as keyof typeof CONTEXT_PLACEHOLDERS]
    : []
}

export interface ClassifyOptions {
  rules: readonly Rule[]
  coverageThreshold: number
}

export function findFindings(evidence: Evidence, options: ClassifyOptions): Finding[] {
  const { rules } = options
  const findings: Finding[] = []
  // Real artifacts repeat the same message many times (one missing field breaks fifty classes).
  const seen = new Map<string, RuleMatch | undefined>()
  const locate = (surface: Surface, text: string) => {
    const key = `${surface}\u0000${text}`
    if (!seen.has(key)) seen.set(key, resolveCascade(rules, surface, text))
    return seen.get(key)
  }

  for (const component of evidence.components) {
    if (component.severity !== 'Error') continue
    const match = locate('component', component.problem)
    const context: ContextOf<'component'> = {
      componentType: component.type || '<Type>',
      componentName: component.name
    }
    if (match)
      findings.push(
        toFinding(match, 'component', component.problem, { component: componentOf(component) }, context)
      )
  }
  for (const test of evidence.tests) {
    const match = locate('test', test.message || test.stackTrace || '')
    const where = { test: testOf(test), ...(test.stackTrace ? { stackTrace: test.stackTrace } : {}) }
    const context: ContextOf<'test'> = { testName: where.test.fullName }
    if (match) findings.push(toFinding(match, 'test', test.message, where, context))
  }
  for (const warning of coverageSubjects(evidence, options.coverageThreshold)) {
    const match = locate('coverage', warning)
    if (match) findings.push(toFinding(match, 'coverage', warning, {}))
  }
  const alreadyExplained = new Set(findings.map(finding => finding.ruleId))
  // Structured errors first, so a log line repeating one is seen as a repeat whichever file came first.
  const structuredFirst = [...evidence.errors].sort((a, b) => Number(isFromLog(a)) - Number(isFromLog(b)))
  for (const error of structuredFirst) {
    const match = locate(error.surface, subjectTextOf(error))
    if (!match) continue
    // A log usually repeats what the JSON already said: it only adds causes not seen elsewhere, and
    // never a catch-all for a line no rule recognises.
    if (isFromLog(error) && (match.rule.catchAll || alreadyExplained.has(match.rule.id))) continue
    alreadyExplained.add(match.rule.id)
    findings.push(toFinding(match, error.surface, error.message, {}))
  }
  return findings
}

/** Errors read from a log carry the `line` they were found on; those from JSON output do not. */
function isFromLog(error: ErrorMessage): boolean {
  return error.line !== undefined
}

/**
 * Org-wide coverage is stated by Salesforce as a warning on deploys, but only as a number on
 * `apex run test`; the number is restated in Salesforce's own words so one rule reads both.
 */
function coverageSubjects(evidence: Evidence, threshold: number): string[] {
  const { coverage } = evidence
  const subjects = coverage.warnings.map(warning =>
    warning.name && !warning.message.startsWith(warning.name)
      ? `${warning.name} - ${warning.message}`
      : warning.message
  )
  const statesOrgWide = subjects.some(subject => /Average test coverage across all Apex/i.test(subject))
  if (!statesOrgWide && coverage.orgWide !== undefined && coverage.orgWide < threshold) {
    subjects.push(
      `Average test coverage across all Apex Classes and Triggers is ${coverage.orgWide}%, at least ${threshold}% test coverage is required.`
    )
  }
  return subjects
}

/** The error's name and its cause matter as much as its message (`fetch failed` is only in `cause`). */
function subjectTextOf(error: ErrorMessage): string {
  const parts = [error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message]
  if (error.cause) {
    parts.push(
      error.cause
        .split('\n')
        .filter(line => !/^\s+at /.test(line))
        .join('\n')
    )
  }
  return parts.join('\n')
}

function resolveCascade(rules: readonly Rule[], surface: Surface, text: string): RuleMatch | undefined {
  const outer = firstMatch(rules, surface, text)
  if (!outer) return undefined
  let current = outer
  const captures = { ...outer.captures }
  for (let depth = 0; depth < MAX_CASCADE_DEPTH; depth++) {
    const innerText = current.rule.innerCapture ? current.captures[current.rule.innerCapture] : undefined
    if (!innerText) break
    const inner = firstMatch(rules, surface, innerText)
    if (!inner || inner.rule.catchAll) break
    Object.assign(captures, inner.captures)
    current = inner
  }
  if (current === outer) return outer
  // Keep the cascade's identity but take the cause, its category and its fixes from the root.
  return {
    rule: {
      ...outer.rule,
      category: current.rule.category,
      retryable: current.rule.retryable,
      title: `${outer.rule.title}: ${current.rule.title}`,
      remediation: [...current.rule.remediation, ...outer.rule.remediation],
      docs: [...current.rule.docs, ...outer.rule.docs]
    },
    captures
  }
}

function toFinding(
  match: RuleMatch,
  surface: Surface,
  message: string,
  where: { component?: FindingComponent; test?: FindingTest; stackTrace?: string },
  context: Record<string, string> = {}
): Finding {
  const { rule } = match
  // What the rule captured wins; the context only fills placeholders the message did not.
  const captures = { ...context, ...match.captures }
  return {
    ruleId: rule.id,
    category: rule.category,
    title: fillTemplate(rule.title, captures),
    surface,
    ...where,
    message,
    captures,
    explanation: fillTemplate(rule.explanation, captures),
    remediation: rule.remediation.map(step => fillTemplate(step, captures)),
    docs: [...rule.docs],
    retryable: rule.retryable
  }
}

function componentOf(component: ComponentProblem): FindingComponent {
  const file = component.filePath ?? component.fileName
  return {
    type: component.type,
    name: component.name,
    ...(file ? { file } : {}),
    ...(component.line ? { line: component.line } : {}),
    ...(component.column ? { column: component.column } : {})
  }
}

function testOf(test: TestFailure): FindingTest {
  const className = test.namespace ? `${test.namespace}.${test.className}` : test.className
  return { class: className, method: test.methodName, fullName: `${className}.${test.methodName}` }
}
