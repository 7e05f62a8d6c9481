/**
 * JUnit XML from `sf apex run test --result-format junit`, the `-junit.xml` its `--output-dir`
 * writes, and the deploy's `--junit` report. Apex reporters never write `<skipped/>` or `<error>`,
 * but other producers do, so both are read.
 */
import { XMLParser } from 'fast-xml-parser'
import { testKey, type TestFailure, type TestTotals } from '../../model/evidence.js'
import { isRecord, toText } from '../lenient.js'
import { uniqueBy } from './deploy-result.js'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  cdataPropName: false,
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: true,
  isArray: name => name === 'testsuite' || name === 'testcase' || name === 'failure' || name === 'error'
})

export interface JUnitEvidence {
  tests: TestFailure[]
  totals: TestTotals
}

export function looksLikeJUnit(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<testsuites?[\s>]/.test(text.slice(0, 4096))
}

export function readJUnit(text: string): JUnitEvidence {
  const document: unknown = parser.parse(text)
  const root = isRecord(document) ? document : {}
  const suites = collectSuites(root)
  const cases = suites.flatMap(suite => asRecords(suite['testcase']))
  const failures: TestFailure[] = []
  let skipped = 0
  for (const testCase of cases) {
    if ('skipped' in testCase) skipped++
    const problem = [...asRecords(testCase['failure']), ...asRecords(testCase['error'])][0]
    if (!problem) continue
    const { className, namespace } = splitClassName(toText(testCase['classname']) ?? 'UnknownClass')
    const stackTrace = toText(problem['#text'])?.trim()
    failures.push({
      className,
      methodName: toText(testCase['name']) ?? 'unknownMethod',
      ...(namespace ? { namespace } : {}),
      message: toText(problem['message']) ?? '',
      ...(stackTrace ? { stackTrace } : {}),
      outcome: 'Fail'
    })
  }
  const unique = uniqueBy(failures, testKey)
  return {
    tests: unique,
    totals: {
      ran: cases.length,
      failed: unique.length,
      skipped,
      passed: Math.max(cases.length - unique.length - skipped, 0)
    }
  }
}

function collectSuites(root: Record<string, unknown>): Record<string, unknown>[] {
  const container = isRecord(root['testsuites']) ? root['testsuites'] : root
  return asRecords(container['testsuite'])
}

function asRecords(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map(item => (isRecord(item) ? item : typeof item === 'string' ? { '#text': item } : {}))
}

/** Apex JUnit writes `ns.Class`; the deploy's JUnit writes the bare class name. */
function splitClassName(classname: string): { className: string; namespace?: string } {
  const parts = classname.split('.')
  if (parts.length === 2 && parts[0] && parts[1]) return { namespace: parts[0], className: parts[1] }
  return { className: classname }
}
