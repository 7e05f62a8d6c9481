import { describe, expect, it } from '@jest/globals'
import { buildTriage } from '../../src/classify/build-triage.js'
import { BUILT_IN_RULES } from '../../src/classify/registry.js'
import type { Rule } from '../../src/classify/rule.js'
import type { ComponentProblem, Evidence, TestFailure } from '../../src/model/evidence.js'

const component = (problem: string, extra: Partial<ComponentProblem> = {}): ComponentProblem => ({
  type: 'ApexClass',
  name: 'RegionService',
  problem,
  severity: 'Error',
  ...extra
})
const test = (message: string, extra: Partial<TestFailure> = {}): TestFailure => ({
  className: 'RegionServiceTest',
  methodName: 'assignsEmea',
  message,
  outcome: 'Fail',
  ...extra
})

function evidence(parts: Partial<Evidence>): Evidence {
  return {
    sources: [],
    components: [],
    tests: [],
    coverage: { classes: [], warnings: [] },
    errors: [],
    ...parts
  }
}

const triage = (parts: Partial<Evidence>, rules: readonly Rule[] = BUILT_IN_RULES) =>
  buildTriage(evidence(parts), { rules, coverageThreshold: 75 })

describe('primary category', () => {
  it('follows the precedence order auth › dependency › metadata › limits › test', () => {
    const result = triage({
      components: [
        component("Missing ';' at '}'"),
        component('In field: field - no CustomField named Account.Region__c found', {
          type: 'Layout',
          name: 'Account-Account Layout'
        })
      ],
      tests: [test('System.AssertException: Assertion Failed: Expected: EMEA, Actual: null')]
    })
    expect(result.categories).toEqual(['dependency', 'metadata', 'test'])
    expect(result.primaryCategory).toBe('dependency')
    expect(result.findings.map(finding => finding.category)).toEqual(['dependency', 'metadata', 'test'])
  })

  it('makes coverage the cause only when nothing else failed', () => {
    const warning = {
      message:
        'Average test coverage across all Apex Classes and Triggers is 72%, at least 75% test coverage is required.'
    }
    expect(triage({ coverage: { orgWide: 72, classes: [], warnings: [warning] } }).primaryCategory).toBe(
      'coverage'
    )
    const withLock = triage({
      coverage: { orgWide: 72, classes: [], warnings: [warning] },
      tests: [
        test(
          'System.DmlException: Update failed. First exception on row 0 with id 0015g00000abcde; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []'
        )
      ]
    })
    expect(withLock.primaryCategory).toBe('transient')
    expect(withLock.categories).toEqual(['coverage', 'transient'])
  })

  it('reads a row lock inside a test as transient and retryable', () => {
    const result = triage({
      tests: [
        test(
          'System.DmlException: Insert failed. First exception on row 0; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []'
        )
      ]
    })
    expect(result).toMatchObject({ primaryCategory: 'transient', retryable: true })
  })

  it('restates org-wide coverage below the threshold when the run gave only a number', () => {
    const result = triage({ coverage: { orgWide: 60, classes: [], warnings: [] } })
    expect(result.primaryCategory).toBe('coverage')
    expect(result.findings[0]?.captures).toMatchObject({ percent: '60' })
  })

  it('is unknown, with no findings, when nothing failed', () => {
    expect(triage({})).toMatchObject({
      primaryCategory: 'unknown',
      categories: [],
      retryable: false,
      findings: []
    })
  })

  it('ignores component warnings', () => {
    expect(
      triage({ components: [component('No ApexClass named: Old found', { severity: 'Warning' })] }).findings
    ).toEqual([])
  })
})

describe('cascades', () => {
  it('takes the category of the message inside "Dependent class is invalid"', () => {
    const result = triage({
      components: [
        component("Dependent class is invalid and needs recompilation:\n Class Foo : Missing ';' at '}'", {
          name: 'FooTest'
        })
      ]
    })
    expect(result.findings[0]).toMatchObject({ ruleId: 'dependent-class-invalid', category: 'metadata' })
    expect(result.findings[0]?.remediation.at(-1)).toBe(
      'Fix Foo first; the components that depend on it will compile once it does.'
    )
  })

  it('unwraps nested cascades down to the cause', () => {
    const text =
      'Dependent class is invalid and needs recompilation: Class A : Dependent class is invalid and needs recompilation: Class B : Variable does not exist: Region__c'
    expect(triage({ components: [component(text)] }).findings[0]).toMatchObject({
      ruleId: 'dependent-class-invalid',
      category: 'dependency'
    })
  })

  it('stays a dependency when the inner message is cut off or unrecognised', () => {
    const cut = triage({
      components: [
        component(
          'Dependent class is invalid and needs recompilation: Class A : Dependent class is invalid and needs recompilation: Class B : D'
        )
      ]
    })
    expect(cut.findings[0]).toMatchObject({ ruleId: 'dependent-class-invalid', category: 'dependency' })
  })
})

describe('findings', () => {
  it('carry captures, the component and test, and filled fix steps', () => {
    const result = triage({
      components: [
        component('In field: field - no CustomField named Account.Region__c found', {
          type: 'Layout',
          name: 'Account-Account Layout',
          filePath: 'force-app/main/default/layouts/Account-Account Layout.layout-meta.xml'
        })
      ],
      tests: [
        test('System.NullPointerException: Attempt to de-reference a null object', {
          stackTrace: 'Class.RegionService.assign: line 9, column 1'
        })
      ]
    })
    const [dependency, failure] = result.findings
    expect(dependency).toMatchObject({
      surface: 'component',
      component: {
        type: 'Layout',
        name: 'Account-Account Layout',
        file: 'force-app/main/default/layouts/Account-Account Layout.layout-meta.xml'
      },
      captures: { object: 'Account', field: 'Region__c' }
    })
    expect(dependency?.remediation.join('\n')).toContain('CustomField:Account.Region__c')
    expect(dependency?.remediation.join('\n')).not.toMatch(/<object>|<field>/)
    expect(failure).toMatchObject({
      surface: 'test',
      test: { class: 'RegionServiceTest', method: 'assignsEmea', fullName: 'RegionServiceTest.assignsEmea' },
      stackTrace: 'Class.RegionService.assign: line 9, column 1'
    })
    expect(result.tests.failedTests).toEqual(['RegionServiceTest.assignsEmea'])
  })

  it('fill a placeholder from its fallback where the pattern that matched did not capture it', () => {
    const rule: Rule = {
      id: 'region-missing',
      category: 'dependency',
      title: 'Region {region|of the record} is missing; see {ticket}',
      surfaces: ['component'],
      patterns: [/Region (?<region>\w+) not found/, /No region given/],
      explanation: 'x',
      remediation: ['Deploy {region|the region}.'],
      docs: [],
      retryable: false
    }
    const [named, unnamed] = triage(
      { components: [component('Region EMEA not found'), component('No region given')] },
      [rule]
    ).findings
    expect(named?.title).toBe('Region EMEA is missing; see <ticket>')
    expect(unnamed?.title).toBe('Region of the record is missing; see <ticket>')
    expect(unnamed?.remediation).toEqual(['Deploy the region.'])
  })

  it('adds log lines only for causes the structured files did not already name', () => {
    const result = triage({
      components: [component("Missing ';' at '}'")],
      errors: [
        { surface: 'log', message: "Error ApexClass Foo Missing ';' at '}'", line: 10 },
        { surface: 'log', message: 'Deploying v62.0 metadata', line: 1 },
        {
          surface: 'log',
          message: 'UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record',
          line: 20
        }
      ]
    })
    expect(result.findings.map(finding => finding.ruleId)).toEqual([
      'apex-syntax-error',
      'unable-to-lock-row'
    ])
  })

  it('names a cause once when a log repeats a CLI error, whichever file was read first', () => {
    const fromJson = {
      surface: 'cli' as const,
      name: 'sf:INVALID_SESSION_ID',
      message: 'Session expired or invalid'
    }
    const fromLog = { surface: 'log' as const, message: 'Error (1): Session expired or invalid', line: 7 }
    for (const errors of [
      [fromJson, fromLog],
      [fromLog, fromJson]
    ]) {
      expect(triage({ errors }).findings.map(finding => finding.ruleId)).toEqual([
        'session-expired-or-invalid'
      ])
    }
  })

  it("lets a child's 'Parent entity failed' decide the category only when its parent's error is not shown", () => {
    const child = component('Parent entity failed to deploy', {
      type: 'CustomField',
      name: 'Invoice__c.Total__c'
    })
    const parent = component(
      'Error parsing file: Element {http://soap.sforce.com/2006/04/metadata}labels invalid at this location',
      {
        type: 'CustomObject',
        name: 'Invoice__c'
      }
    )
    const withParent = triage({ components: [child, parent] })
    expect(withParent.primaryCategory).toBe('metadata')
    expect(withParent.findings.map(finding => finding.ruleId)).toEqual([
      'xml-parse-error',
      'parent-entity-failed-to-deploy'
    ])
    expect(triage({ components: [child] }).primaryCategory).toBe('dependency')
  })

  it('leaves retryability to the causes: a child of a parent that hit a lock clears with it', () => {
    const child = component('Parent entity failed to deploy', {
      type: 'CustomField',
      name: 'Invoice__c.Total__c'
    })
    const parent = component('UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record', {
      type: 'CustomObject',
      name: 'Invoice__c'
    })
    const result = triage({ components: [parent, child] })
    expect(result).toMatchObject({ primaryCategory: 'transient', retryable: true })
    expect(result.headline).toContain('a retry is likely to pass')
  })

  it('reads retries the CLI gave up on as transient, whatever the last error was', () => {
    const errors = [
      {
        surface: 'cli' as const,
        message: 'Exceeded maximum of 3 consecutive retryable errors. Last error: ERROR_HTTP_429'
      }
    ]
    expect(triage({ errors }).findings.map(finding => finding.ruleId)).toEqual(['retryable-errors-exhausted'])
  })

  it('evaluates user rules before the built-in catalog', () => {
    const ours: Rule = {
      id: 'our-region-rule',
      category: 'test',
      title: 'Our Region validation rule',
      surfaces: ['test'],
      patterns: [/Region is required/],
      explanation: '',
      remediation: ['Set Region__c in TestDataFactory'],
      docs: [],
      retryable: false
    }
    const message =
      'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Region is required: [Region__c]'
    expect(triage({ tests: [test(message)] }, [ours, ...BUILT_IN_RULES]).findings[0]?.ruleId).toBe(
      'our-region-rule'
    )
    expect(triage({ tests: [test(message)] }).findings[0]?.ruleId).not.toBe('our-region-rule')
  })
})

describe('fingerprint', () => {
  const base = {
    components: [component('Variable does not exist: Region__c', { line: 14, column: 23 })],
    tests: [
      test('System.AssertException: Assertion Failed: Expected: EMEA, Actual: null', {
        stackTrace: 'Class.RegionServiceTest.assignsEmea: line 22, column 1'
      })
    ],
    deploy: { id: '0Af000000000001AAA', status: 'Failed' }
  }

  it('is the same for a re-run of the same failure', () => {
    const rerun = {
      components: [component('Variable does not exist: Region__c', { line: 15, column: 1 })],
      tests: [
        test('System.AssertException: Assertion Failed: Expected: EMEA, Actual: null', {
          stackTrace: 'Class.RegionServiceTest.assignsEmea: line 30, column 1'
        })
      ],
      deploy: { id: '0Af000000000999AAA', status: 'Failed' },
      sources: [{ path: 'other-name.json', format: 'sf-deploy-json' as const, ok: true }]
    }
    expect(triage(rerun).fingerprint).toBe(triage(base).fingerprint)
  })

  it('changes when the failing set changes', () => {
    const more = {
      ...base,
      tests: [...base.tests, test('System.AssertException: Assertion Failed', { methodName: 'assignsApac' })]
    }
    const otherCause = { ...base, components: [component("Missing ';' at '}'")] }
    expect(triage(more).fingerprint).not.toBe(triage(base).fingerprint)
    expect(triage(otherCause).fingerprint).not.toBe(triage(base).fingerprint)
  })
})

describe('message normalisation', () => {
  it('reads curly quotes and their Windows mojibake as straight quotes', () => {
    const curly =
      "JwtGrantError: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: Error::ENOENT: no such file or directory, open 'server.key'"
    const mojibake = curly.replace('’', 'â€™')
    for (const message of [curly, mojibake]) {
      expect(triage({ errors: [{ surface: 'cli', message }] }).primaryCategory).toBe('auth')
    }
  })
})
