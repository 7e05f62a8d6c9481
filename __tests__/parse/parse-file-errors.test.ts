import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf } from '../helpers/fixtures.js'
import { parse, buildLog, parseValidationError } from '../helpers/parse-file-cases.js'

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
