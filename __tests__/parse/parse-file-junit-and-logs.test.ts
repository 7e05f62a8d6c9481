import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf, fixtureBytes } from '../helpers/fixtures.js'
import { STEP_NOISE, buildLog, parse } from '../helpers/parse-file-cases.js'

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
