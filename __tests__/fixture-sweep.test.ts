/**
 * Every real CLI output we have goes through the whole engine to a valid triage.json whose counts
 * agree with the file itself. Expected counts are computed here from the raw JSON, independently
 * of the parsers, so a parser that drops or invents a failure is caught.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { triageFiles } from '../src/triage.js'
import { fixtureNames, fixturePath } from './helpers/fixtures.js'
import { triageSchema } from './helpers/triage-schema.js'

type Json = Record<string, unknown>
const asArray = (value: unknown): Json[] =>
  (value == null ? [] : Array.isArray(value) ? value : [value]) as Json[]

function triageOf(folder: string, name: string) {
  const bytes = readFileSync(fixturePath(folder, name))
  return triageFiles([{ path: name, bytes }], [], { coverageThreshold: 75 })
}

function expectedFromFile(document: Json) {
  const result = (document['result'] ?? document) as Json
  const details = result['details'] as Json | undefined
  if (details) {
    const run = (details['runTestResult'] ?? {}) as Json
    const components = new Set(
      asArray(details['componentFailures'])
        .filter(failure => failure['problemType'] !== 'Warning')
        .map(failure => `${failure['fullName']}|${failure['problem']}`)
    )
    const failedTests = new Set(
      asArray(run['failures']).map(failure => `${failure['name']}.${failure['methodName']}`)
    )
    const orgWide = asArray(run['codeCoverageWarnings'])
      .map(
        warning =>
          /Average test coverage across all Apex Classes and Triggers is (\d+)%/.exec(
            String(warning['message'])
          )?.[1]
      )
      .find(Boolean)
    return {
      components: components.size,
      failed: failedTests.size,
      ran: Number(run['numTestsRun'] ?? 0),
      orgWide: orgWide ? Number(orgWide) : undefined
    }
  }
  const summary = result['summary'] as Json | undefined
  if (summary) {
    const coverage = summary['orgWideCoverage']
    return {
      components: 0,
      failed: Number(summary['failing'] ?? 0),
      ran: Number(summary['testsRan'] ?? asArray(result['tests']).length),
      orgWide: coverage === undefined ? undefined : Number(String(coverage).replace('%', ''))
    }
  }
  if (document['name'] === 'FailedValidationError') {
    const message = String(document['message'])
    return {
      components: (message.match(/^(?:Error|Warning) in /gm) ?? []).length,
      failed: (message.match(/(?:^|, )\w+\.\w+ - /gm) ?? []).length,
      ran: 0,
      orgWide:
        Number(/Average test coverage across all Apex Classes and Triggers is (\d+)%/.exec(message)?.[1]) ||
        undefined
    }
  }
  return undefined
}

const cliOutputs = fixtureNames('sf-cli', '.stdout')
const publicJson = fixtureNames('public', '.json')

describe.each([
  ...cliOutputs.map(name => ['sf-cli', name] as const),
  ...publicJson.map(name => ['public', name] as const)
])('%s/%s', (folder, name) => {
  const triage = triageOf(folder, name)

  it('produces a triage.json that satisfies the contract', () => {
    expect(() => triageSchema.parse(JSON.parse(JSON.stringify(triage)))).not.toThrow()
  })

  it('reports the counts the file states', () => {
    const raw = readFileSync(fixturePath(folder, name), 'utf8')
    let document: Json
    try {
      document = JSON.parse(raw) as Json
    } catch {
      expect(['text-log', 'junit-xml']).toContain(triage.sources[0]?.format)
      return
    }
    const expected = expectedFromFile(document)
    if (!expected) {
      expect(triage.tests.failed).toBe(0)
      return
    }
    expect(triage.findings.filter(finding => finding.component)).toHaveLength(expected.components)
    expect(triage.tests.failed).toBe(expected.failed)
    expect(triage.tests.ran).toBe(Math.max(expected.ran, expected.failed))
    if (expected.orgWide !== undefined) expect(triage.coverage.orgWide).toBe(expected.orgWide)
  })
})

it('covers every sample we were given', () => {
  expect(cliOutputs.length).toBeGreaterThanOrEqual(40)
  expect(publicJson.length).toBeGreaterThanOrEqual(20)
})
