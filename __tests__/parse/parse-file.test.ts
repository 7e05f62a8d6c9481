import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf, fixtureBytes } from '../helpers/fixtures.js'

const parse = (name: string, folder = 'sf-cli') => parseFile(name, fixtureBytes(folder, name))

/** A CI step log long enough to be read as a build log, not as a saved message (see `SMALL_TEXT_BYTES`). */
const STEP_NOISE = Array.from({ length: 400 }, (_, index) => `Deploying metadata... ${index}/400`)
const buildLog = (...lines: string[]) => [...STEP_NOISE, ...lines].join('\n')

/** `sf project deploy validate --json` as it fails: an error envelope whose message holds every reason. */
function parseValidationError(message: string) {
  return parseFile('v.json', bytesOf(JSON.stringify({ name: 'FailedValidationError', message, exitCode: 1 })))
}

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
    const text = JSON.stringify({
      status: 1,
      name: 'DeployFailed',
      message: 'Deploy failed.',
      result: [
        {
          error: 'Variable does not exist: x (12:5)',
          fullName: 'A',
          type: 'ApexClass',
          filePath: 'force-app/main/default/classes/A.cls',
          problemType: 'Error',
          lineNumber: '12',
          columnNumber: '5'
        }
      ],
      data: [
        {
          error: 'Variable does not exist: x (12:5)',
          fullName: 'A',
          type: 'ApexClass',
          filePath: 'force-app/main/default/classes/A.cls',
          problemType: 'Error',
          lineNumber: '12',
          columnNumber: '5'
        }
      ]
    })
    const parsed = parseFile('push.json', bytesOf(text))
    expect(parsed.record.format).toBe('legacy-sfdx-deploy-json')
    expect(parsed.components).toEqual([expect.objectContaining({ name: 'A', line: 12, column: 5 })])
  })
})

describe('parseFile: errors and validation', () => {
  it('splits a FailedValidationError message into components, coverage and tests', () => {
    const parsed = parse('deploy-validate-runlocaltests-test-failure.stdout')
    expect(parsed.deploy).toMatchObject({ status: 'Failed', id: '0AfFAKE00000010AAA' })
    expect(parsed.tests).toEqual([
      expect.objectContaining({
        className: 'FooTest',
        methodName: 'failsOnPurpose',
        message: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3'
      })
    ])
    expect(parsed.coverage?.warnings).toHaveLength(3)
    expect(parsed.coverage?.warnings[0]).toMatchObject({ name: 'Bar' })
  })

  it('reads a validation component line with its location suffix', () => {
    const parsed = parse('deploy-validate-one-component-failure.stdout')
    expect(parsed.components).toEqual([
      expect.objectContaining({ name: 'Foo', problem: "Missing ';' at '}'", line: 4, column: 5 })
    ])
  })

  it('splits comma-joined test failures without splitting messages that contain commas', () => {
    const message =
      'Failed to validate the deployment (0Af000000000001AAA). Due To:\n\n' +
      'ATest.one - System.AssertException: Assertion Failed: Expected: 1, Actual: 2, ns.BTest.two - System.NullPointerException: Attempt to de-reference a null object'
    const parsed = parseValidationError(message)
    expect(parsed.tests).toEqual([
      expect.objectContaining({
        className: 'ATest',
        methodName: 'one',
        message: 'System.AssertException: Assertion Failed: Expected: 1, Actual: 2'
      }),
      expect.objectContaining({ namespace: 'ns', className: 'BTest', methodName: 'two' })
    ])
  })

  it('reads a validation failure joined onto one line, as it is often quoted', () => {
    // amitast/Astrum-Orbit keeps it on three lines (validation/S2-…-deploy-validate-20260514.json); tickets join them.
    const message =
      'Failed to validate the deployment (0AfUD00000H3Ixt0AF). Due To: Error in AGENT_OpportunityStatusSummary - ' +
      'Value too long for field: Description maximum length is:255 1 component error(s)'
    const parsed = parseValidationError(message)
    expect(parsed.deploy).toMatchObject({ id: '0AfUD00000H3Ixt0AF', checkOnly: true })
    expect(parsed.components).toEqual([
      expect.objectContaining({
        name: 'AGENT_OpportunityStatusSummary',
        problem: 'Value too long for field: Description maximum length is:255'
      })
    ])
    expect(parsed.errors).toEqual([])
  })

  it('cuts a joined validation failure back into its components, coverage and tests', () => {
    const message =
      'Failed to validate the deployment (0Af000000000001AAA). Due To: ' +
      'Bar - Test coverage of selected Apex Class is 25%, at least 75% test coverage is required ' +
      "Error in Foo - Missing ';' at '}' (4:5) Error in Baz - Variable does not exist: x (2:3) 2 component error(s) " +
      'FooTest.m - System.AssertException: Assertion Failed, BarTest.n - System.NullPointerException: boom'
    const parsed = parseValidationError(message)
    expect(parsed.components).toEqual([
      expect.objectContaining({ name: 'Foo', problem: "Missing ';' at '}'", line: 4, column: 5 }),
      expect.objectContaining({ name: 'Baz', problem: 'Variable does not exist: x', line: 2, column: 3 })
    ])
    expect(parsed.coverage?.warnings).toEqual([
      {
        name: 'Bar',
        message: 'Test coverage of selected Apex Class is 25%, at least 75% test coverage is required'
      }
    ])
    expect(parsed.tests.map(test => `${test.className}.${test.methodName}`)).toEqual([
      'FooTest.m',
      'BarTest.n'
    ])
    expect(parsed.errors).toEqual([])
  })

  it('keeps the bare validation header only when Salesforce gave no reason', () => {
    const message = 'Failed to validate the deployment (0AfdL000004QTP3SAO). Due To:\n'
    const parsed = parseFile(
      'v.json',
      bytesOf(JSON.stringify({ name: 'FailedValidationError', message, code: 1, status: 1 }))
    )
    expect(parsed.errors).toEqual([expect.objectContaining({ name: 'FailedValidationError', exitCode: 1 })])
  })

  it('reads every generation of the error envelope, dropping the literal "undefined" cause', () => {
    const modern = parse('deploy-start-no-such-org.stdout')
    expect(modern.errors[0]).toMatchObject({ name: 'NamedOrgNotFoundError', exitCode: 2 })
    expect(modern.errors[0]?.cause).toBeUndefined()
    const withCause = parse(
      'generated-sf2.150.6-org-login-sfdx-url.RefreshTokenAuthError-ENOTFOUND-exit10.json',
      'public'
    )
    expect(withCause.errors[0]?.cause).toContain('ENOTFOUND')
  })

  it('repairs JSON cut short in a thread or a capped log, and says it did', () => {
    const expected = [
      [
        'sf-project-deploy-validate-json.FailedValidationError.cli-issue-2561.excerpt.txt',
        'FailedValidationError'
      ],
      [
        'legacy-sfdx-force-org-display-json.InvalidEncryptedFormatError.cli-issue-1314.excerpt.txt',
        'InvalidEncryptedFormatError'
      ],
      ['sf-apex-run-test-json.ERROR_HTTP_431.cli-issue-2337.excerpt.txt', 'ERROR_HTTP_431']
    ] as const
    for (const [name, errorName] of expected) {
      const parsed = parse(name, 'public')
      expect(parsed.record).toMatchObject({
        ok: true,
        reason: expect.stringMatching(/truncated or invalid JSON .*repaired/)
      })
      expect(parsed.errors[0]?.name).toBe(errorName)
    }
  })

  it('drops an unterminated last line that repair cannot close', () => {
    const parsed = parse(
      'legacy-sfdx-force-source-push-json.DeployFailed-toolbelt.plugin-source-pr450.excerpt.txt',
      'public'
    )
    expect(parsed.record.reason).toMatch(/repaired and read, its last 1 line\(s\) dropped/)
    expect(parsed.components).toEqual([
      expect.objectContaining({
        name: 'CO_Toolbelt_local__c',
        problem: 'Must specify a non-empty label for the CustomObject'
      })
    ])
  })

  it('keeps the noise note when the repaired JSON follows an update warning', () => {
    const parsed = parse(
      'sf-project-deploy-validate-json.FailedValidationError-test-failure-empty-reason.cli-issue-2952.excerpt.txt',
      'public'
    )
    expect(parsed.record.reason).toMatch(/^text around the JSON was ignored; truncated or invalid JSON/)
  })

  it('reads a fragment without its beginning as text, and reports JSON beyond repair as unreadable', () => {
    const fragment = parse(
      'legacy-jsforce1-mdapi-deploy-result-json.string-booleans.shane-sfdx-plugins-issue104.excerpt.txt',
      'public'
    )
    expect(fragment.record).toMatchObject({
      ok: true,
      format: 'text-log',
      reason: 'a fragment of JSON (its beginning is missing), read as text'
    })
    const pasted = parseFile(
      'step.log',
      bytesOf(
        'ERROR running force:apex:test:run:  {\n"code": 1,\n"message": "Bad Message 431",\n"status": 1,'
      )
    )
    expect(pasted.errors[0]?.message).toContain('Bad Message 431')
    expect(parseFile('b.json', bytesOf('{"status": 1, "message": }}}} ]]] :::')).record).toMatchObject({
      ok: false,
      format: 'unrecognised',
      reason: expect.stringMatching(/^truncated or invalid JSON/)
    })
  })

  it('reads a log with a stray `{` line as a log, not as broken JSON', () => {
    const log = ['Deploying…', 'step 1', 'step 2', 'step 3', '{', 'Error (1): Deploy failed.'].join('\n')
    expect(parseFile('deploy.log', bytesOf(log)).record.format).toBe('text-log')
  })

  it("keeps a CI runner's no-output kill as an error line", () => {
    const log = buildLog(
      '=== Status: Pending',
      '',
      'No components deployed',
      '',
      'Too long with no output (exceeded 10m0s): context deadline exceeded'
    )
    expect(parseFile('step.log', bytesOf(log)).errors.map(error => error.message)).toEqual([
      'Too long with no output (exceeded 10m0s): context deadline exceeded'
    ])
  })

  it('reads a log whose first line starts with a bracket as a log', () => {
    for (const first of ['[INFO] Deploying to ci-org', '[12:00:01] sf project deploy start']) {
      const log = [first, 'Error (1): INVALID_SESSION_ID: Session expired or invalid'].join('\n')
      const parsed = parseFile('deploy.log', bytesOf(log))
      expect(parsed.record).toMatchObject({ ok: true, format: 'text-log' })
      expect(parsed.errors.at(-1)?.message).toContain('Session expired or invalid')
    }
    expect(
      parseFile('rows.json', bytesOf('[\n  { "name": "Foo", "percentage": "80%" }\n]')).record
    ).toMatchObject({
      ok: false,
      reason: 'JSON, but not a Salesforce CLI output this tool reads'
    })
    const prefixed = parseFile(
      'step.log',
      bytesOf('[0] Deploying\n[0] Error (1): Session expired or invalid')
    )
    expect(prefixed.record.format).toBe('text-log')
    expect(prefixed.errors.at(-1)?.message).toContain('Session expired or invalid')
    // util.inspect prints an error as a JavaScript object: unquoted keys, single quotes.
    const inspected = parseFile(
      'err.txt',
      bytesOf("{ name: 'NamedOrgNotFoundError', message: 'No authorization information found for ci.' }")
    )
    expect(inspected.errors).toEqual([
      expect.objectContaining({
        name: 'NamedOrgNotFoundError',
        message: 'No authorization information found for ci.'
      })
    ])
  })

  it('reports binary, empty and unknown JSON files instead of failing', () => {
    expect(parseFile('a.bin', new Uint8Array([1, 0, 2])).record).toMatchObject({
      ok: false,
      reason: 'binary file, not text'
    })
    expect(parseFile('e.json', bytesOf('  \n')).record).toMatchObject({ ok: false, reason: 'empty file' })
    expect(parseFile('p.json', bytesOf('{"name":1}')).record).toMatchObject({
      ok: false,
      format: 'unrecognised'
    })
    expect(parseFile('x.xml', bytesOf('<project/>')).record).toMatchObject({ ok: false })
  })
})

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

describe('parseFile: JUnit and text logs', () => {
  it('reads Apex JUnit with a CDATA stack trace', () => {
    const parsed = parse('apex-run-test-many-failures.output-dir/test-result-707FAKE00000019AAA-junit.xml')
    expect(parsed.record.format).toBe('junit-xml')
    expect(parsed.totals).toEqual({ ran: 3, passed: 1, failed: 2, skipped: 0 })
    expect(parsed.tests[0]).toMatchObject({
      className: 'FooTest',
      stackTrace: 'Class.FooTest.failsOnPurpose: line 4, column 1'
    })
  })

  it('reads the deploy JUnit and a passing run', () => {
    expect(parse('derived-deploy-junit.xml.from-libak-test-failure.xml', 'public').tests).toHaveLength(1)
    const passing = parse('sf-apex-run-test-junit.passing.forcedotcom-agents-comment.xml', 'public')
    expect(passing.tests).toHaveLength(0)
    expect(passing.totals?.ran).toBe(11)
  })

  it('reads the human component-failure table', () => {
    const parsed = parse('deploy-one-component-failure.human.stdout')
    expect(parsed.record.format).toBe('text-log')
    expect(parsed.components).toEqual([
      expect.objectContaining({
        type: 'ApexClass',
        name: 'Foo',
        problem: "Missing ';' at '}'",
        line: 4,
        column: 5
      })
    ])
  })

  it('reads the human test table with multi-line stack traces', () => {
    const parsed = parse('apex-run-test-many-failures.human.stdout')
    expect(parsed.tests).toEqual([
      expect.objectContaining({ className: 'FooTest', methodName: 'failsOnPurpose' }),
      expect.objectContaining({
        className: 'BarTest',
        methodName: 'saysHello',
        message: 'System.NullPointerException: Attempt to de-reference a null object',
        stackTrace: 'Class.Bar.hello: line 2, column 1\nClass.BarTest.saysHello: line 5, column 1'
      })
    ])
  })

  it('joins oclif-wrapped coverage warnings back into one line', () => {
    const parsed = parseFile(
      'stderr.log',
      fixtureBytes('sf-cli', 'deploy-runlocaltests-test-failure-and-low-coverage.human.stderr')
    )
    expect(parsed.errors.map(error => error.message)).toContain(
      'Warning: Average test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.'
    )
  })

  it('strips runner timestamps and keeps error lines, not noise', () => {
    const log = buildLog(
      '2024-05-01T10:00:00.0000000Z Deploying...',
      '2024-05-01T10:00:01.0000000Z ##[error]Error (1): UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record'
    )
    const parsed = parseFile('step.log', bytesOf(log))
    expect(parsed.errors).toEqual([
      expect.objectContaining({
        surface: 'cli',
        exitCode: 1,
        message: 'UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record',
        line: STEP_NOISE.length + 2
      })
    ])
  })

  it('keeps the lines of a multi-line CLI error together, up to the blank line before `Try this:`', () => {
    const log = buildLog(
      '2024-05-01T10:00:00.0000000Z Deploying...',
      '2024-05-01T10:00:01.0000000Z Error (1): Parsing --target-org',
      '2024-05-01T10:00:01.0000000Z \tNo authorization information found for ci-org.',
      '2024-05-01T10:00:01.0000000Z ',
      '2024-05-01T10:00:01.0000000Z Try this:',
      '2024-05-01T10:00:01.0000000Z Run "sf org login web" to authorize an org.'
    )
    const expected = [
      expect.objectContaining({
        surface: 'cli',
        exitCode: 1,
        message: 'Parsing --target-org\nNo authorization information found for ci-org.',
        line: STEP_NOISE.length + 2
      })
    ]
    expect(parseFile('plain.log', bytesOf(log)).errors).toEqual(expected)
    // The same error beside a component table goes through the line-by-line reader.
    const withTable = `${log}\nComponent Failures [0]\n`
    expect(parseFile('table.log', bytesOf(withTable)).errors).toEqual(expected)
  })

  it('passes over the stack frames between a CLI error and its cause', () => {
    const log = buildLog(
      'Error (MetadataTransferError): Metadata API request failed: The org cannot be found',
      '    at MetadataApiRetrieve.pollStatus (/usr/lib/sdr/metadataApi.js:120:15)',
      'Caused by: DomainNotFoundError: The org cannot be found',
      '',
      'Done.'
    )
    expect(parseFile('retrieve.log', bytesOf(log)).errors).toEqual([
      expect.objectContaining({
        surface: 'cli',
        message:
          'Metadata API request failed: The org cannot be found\nCaused by: DomainNotFoundError: The org cannot be found'
      })
    ])
  })

  it('reads an old sfdx error as a CLI error, and a bare `Error:` line as a log line', () => {
    const parsed = parseFile(
      'sfdx.log',
      bytesOf(
        buildLog(
          'ERROR running force:source:deploy:  Deploy failed.',
          'Error: Process completed with exit code 1.',
          'Cleaning up orphan processes'
        )
      )
    )
    expect(parsed.errors.map(error => [error.surface, error.message])).toEqual([
      ['cli', 'ERROR running force:source:deploy:  Deploy failed.'],
      ['log', 'Process completed with exit code 1.']
    ])
  })

  it('reads every line of a small file, since Salesforce states many causes without an error word', () => {
    const saved = ['Deploy of force-app', 'Unknown user permission: ManageHpi', 'Done'].join('\n')
    const parsed = parseFile('message.txt', bytesOf(saved))
    expect(parsed.errors).toContainEqual({
      surface: 'log',
      message: 'Unknown user permission: ManageHpi',
      line: 2
    })
    // The same line in a build log is passed over: there, only lines with an error word are read.
    expect(parseFile('step.log', bytesOf(buildLog(saved))).errors).toEqual([])
  })

  it('reads only the error lines of a long plain log, with their line numbers, and caps them', () => {
    const noise = Array.from({ length: 1000 }, (_, index) => `Deploying metadata... ${index}/1000`)
    const errors = Array.from(
      { length: 600 },
      (_, index) => `2026-11-26T10:00:00.0000000Z ##[error]ECONNRESET while polling ${index}`
    )
    const log = ['Starting deploy', ...noise, ...errors].join('\r\n')
    const parsed = parseFile('step.log', bytesOf(log))
    expect(parsed.errors).toHaveLength(500)
    expect(parsed.errors[0]).toEqual({ surface: 'log', message: 'ECONNRESET while polling 0', line: 1002 })
    expect(parsed.errors[499]?.line).toBe(1501)
    expect(parsed.record.reason).toBe('kept the first 500 error lines; 100 more were not read')
  })
})
