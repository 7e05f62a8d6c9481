import { describe, expect, it } from '@jest/globals'
import { parse } from '../helpers/parse-file-cases.js'

describe('parseFile: Apex test runs', () => {
  it('reads `apex run test --json` with PascalCase tests and coverage', () => {
    const parsed = parse('apex-run-test-many-failures.stdout')
    expect(parsed.totals).toEqual({ ran: 3, passed: 1, failed: 2, skipped: 0 })
    expect(parsed.tests.map(test => `${test.className}.${test.methodName}`)).toEqual([
      'FooTest.failsOnPurpose',
      'BarTest.saysHello'
    ])
    expect(parsed.coverage?.orgWide).toBe(33)
    expect(parsed.coverage?.classes).toContainEqual(
      expect.objectContaining({ name: 'Foo', percent: 40, uncoveredLines: [3, 4, 5] })
    )
  })

  it('reads both coverage files of an output dir', () => {
    const aggregate = parse('apex-run-test-many-failures.output-dir/test-result-codecoverage.json')
    expect(aggregate.record.format).toBe('apex-coverage-json')
    expect(aggregate.coverage?.classes).toContainEqual(
      expect.objectContaining({ name: 'Bar', percent: 25, uncoveredLines: [2, 3, 4] })
    )
    const perTest = parse(
      'apex-run-test-many-failures.output-dir/test-result-707FAKE00000019AAA-codecoverage.json'
    )
    expect(perTest.record.format).toBe('apex-per-test-coverage-json')
    expect(perTest.coverage?.classes).toContainEqual(
      expect.objectContaining({ name: 'Foo', percent: 40, uncoveredLines: [3, 4, 5] })
    )
  })

  it('reads the legacy toolbelt test-result file with SOQL attributes and old dates', () => {
    const parsed = parse(
      'legacy-sfdx-force-apex-test-run.output-dir-test-result.2021-with-attributes.sfpowerscripts-fixture.json',
      'public'
    )
    expect(parsed.record.format).toBe('sf-apex-test-json')
    expect(parsed.totals?.ran).toBe(2)
  })

  it('reads a run that returned only its id as not failed', () => {
    expect(parse('apex-run-test-no-wait-returns-run-id.stdout').record).toMatchObject({
      format: 'sf-apex-test-run-id',
      ok: true
    })
    expect(parse('apex-run-test-no-wait-returns-run-id.output-dir/test-run-id.txt').record.format).toBe(
      'sf-apex-test-run-id'
    )
  })
})
