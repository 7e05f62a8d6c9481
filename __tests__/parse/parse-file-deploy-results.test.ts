import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf, fixtureBytes } from '../helpers/fixtures.js'
import { parse } from '../helpers/parse-file-cases.js'

describe('parseFile: deploy results', () => {
  it('reads a failed `deploy start` with its component, zip path and project file', () => {
    const parsed = parse('deploy-one-component-failure.stdout')
    expect(parsed.record).toMatchObject({ format: 'sf-deploy-json', ok: true })
    expect(parsed.deploy).toMatchObject({ status: 'Failed', success: false, componentErrors: 1 })
    expect(parsed.components).toEqual([
      {
        type: 'ApexClass',
        name: 'Foo',
        fileName: 'classes/Foo.cls',
        filePath: expect.stringMatching(/force-app\/main\/default\/classes\/Foo\.cls$/),
        line: 4,
        column: 5,
        problem: "Missing ';' at '}'",
        severity: 'Error'
      }
    ])
  })

  it('reads `deploy report` as failed although its envelope says status 0', () => {
    const parsed = parse('deploy-report-one-component-failure.stdout')
    expect(
      JSON.parse(
        new TextDecoder().decode(fixtureBytes('sf-cli', 'deploy-report-one-component-failure.stdout'))
      ).status
    ).toBe(0)
    expect(parsed.deploy).toMatchObject({ status: 'Failed', success: false })
    expect(parsed.components).toHaveLength(1)
  })

  it('reads the jsforce 1.x single-object componentFailures with string leaves', () => {
    const parsed = parse(
      'legacy-jsforce1-deploy-status-failed-single-componentFailure.source-tracking-README.json',
      'public'
    )
    expect(parsed.components).toEqual([
      expect.objectContaining({
        type: 'Profile',
        name: 'Admin',
        problem: 'In field: field - no CustomField named Account.test__c found',
        severity: 'Error'
      })
    ])
  })

  it('reads a REST deploy whose org sent a bare object instead of an array', () => {
    expect(parse('deploy-rest-one-component-failure-org-sends-bare-object.stdout').components).toHaveLength(1)
  })

  it('counts duplicated failures once (libak sample lists the same failure twice)', () => {
    const parsed = parse('sf-project-deploy-start-dry-run-json.component-failure.libak.json', 'public')
    expect(parsed.components).toHaveLength(1)
    const tests = parse('sf-project-deploy-start-dry-run-json.test-failure.libak.json', 'public')
    expect(tests.tests).toHaveLength(1)
  })

  it('reads coverage warnings, including the org-wide one with name null', () => {
    const parsed = parse('sf-project-deploy-start-dry-run-json.coverage-warnings.libak.json', 'public')
    expect(parsed.coverage?.orgWide).toBe(68)
    expect(parsed.coverage?.warnings.some(warning => warning.name === undefined)).toBe(true)
    expect(parsed.components).toHaveLength(0)
  })

  it('coerces string numbers, string booleans and null', () => {
    const text = JSON.stringify({
      status: 1,
      result: {
        status: 'Failed',
        success: 'false',
        numberComponentErrors: '1',
        numberFiles: '3',
        details: {
          componentFailures: {
            componentType: 'ApexClass',
            fullName: 'A',
            problem: 'x',
            problemType: 'Error',
            lineNumber: '27',
            success: 'false'
          },
          runTestResult: { numTestsRun: '2', numFailures: '0', failures: null, codeCoverage: null }
        }
      }
    })
    const parsed = parseFile('x.json', bytesOf(text))
    expect(parsed.deploy).toMatchObject({ success: false, componentErrors: 1 })
    expect(parsed.components[0]).toMatchObject({ line: 27, name: 'A' })
    expect(parsed.totals).toEqual({ ran: 2, passed: 2, failed: 0, skipped: 0 })
  })

  it('keeps component warnings apart from errors', () => {
    const text = JSON.stringify({
      result: {
        status: 'Succeeded',
        numberComponentErrors: 0,
        details: {
          componentFailures: [
            {
              componentType: 'ApexClass',
              fullName: 'Old',
              problem: 'No ApexClass named: Old found',
              problemType: 'Warning'
            }
          ]
        }
      }
    })
    expect(parseFile('w.json', bytesOf(text)).components[0]?.severity).toBe('Warning')
  })

  it('reads the whole-deploy errorMessage when there are no component failures', () => {
    const parsed = parse('deploy-unknown-exception.stdout')
    expect(parsed.errors[0]).toMatchObject({ surface: 'cli', name: 'UNKNOWN_EXCEPTION' })
  })

  it('finds JSON behind CLI noise printed before it', () => {
    const body = fixtureBytes('sf-cli', 'deploy-one-component-failure.stdout')
    const noisy = bytesOf(
      ` ›   Warning: @salesforce/cli update available from 2.45.6 to 2.48.6.\n${new TextDecoder().decode(body)}`
    )
    const parsed = parseFile('noisy.txt', noisy)
    expect(parsed.record).toMatchObject({
      format: 'sf-deploy-json',
      ok: true,
      reason: 'text around the JSON was ignored'
    })
    expect(parsed.components).toHaveLength(1)
  })

  it('reads the salesforce-alm toolbelt DeployFailed array with string line numbers', () => {
    const failure = {
      error: 'Variable does not exist: x (12:5)',
      fullName: 'A',
      type: 'ApexClass',
      filePath: 'force-app/main/default/classes/A.cls',
      problemType: 'Error',
      lineNumber: '12',
      columnNumber: '5'
    }
    // The toolbelt wrote the same failures under both keys; they are one component failure.
    const text = JSON.stringify({
      status: 1,
      name: 'DeployFailed',
      message: 'Deploy failed.',
      result: [failure],
      data: [failure]
    })
    const parsed = parseFile('push.json', bytesOf(text))
    expect(parsed.record.format).toBe('legacy-sfdx-deploy-json')
    expect(parsed.components).toEqual([expect.objectContaining({ name: 'A', line: 12, column: 5 })])
  })
})
