import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { triageFiles } from '../../src/triage.js'
import { bytesOf, fixtureBytes } from '../helpers/fixtures.js'

const LOG = 'sf-2026-11-27.log'

describe("the CLI's own log", () => {
  it('reads the errors a command threw, without their stacks, and none of the debug chatter', () => {
    const parsed = parseFile(LOG, fixtureBytes('sf-log', LOG))
    expect(parsed.record).toMatchObject({ format: 'sf-log', ok: true })
    expect(parsed.errors).toEqual([
      {
        surface: 'log',
        message:
          'sf:INVALID_SESSION_ID: INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: fakehash==',
        line: 1
      },
      {
        surface: 'log',
        message:
          'NamedOrgNotFoundError: Parsing --target-org \n\tNo authorization information found for no-such-org.\nSee more help with --help',
        line: 2
      },
      { surface: 'log', message: 'INVALID_SESSION_ID: Session expired or invalid', line: 423 }
    ])
  })

  it('names the causes the log recorded', () => {
    const triage = triageFiles([{ path: LOG, bytes: fixtureBytes('sf-log', LOG) }], [], {
      coverageThreshold: 75
    })
    expect(triage.primaryCategory).toBe('auth')
    expect(triage.findings.map(finding => finding.ruleId)).toEqual([
      'session-expired-or-invalid',
      'named-org-not-found'
    ])
  })

  it("reads a log of one entry, and sfdx's bunyan records, as a log rather than as unknown JSON", () => {
    const bunyan = JSON.stringify({
      name: 'sfdx',
      hostname: 'runner',
      pid: 42,
      log: '/root/.sfdx/sfdx.log',
      level: 50,
      msg: 'ERROR running force:source:deploy:  INVALID_SESSION_ID: Session expired or invalid',
      time: '2021-03-01T10:00:00.000Z',
      v: 0
    })
    const parsed = parseFile('sfdx.log', bytesOf(bunyan))
    expect(parsed.record.format).toBe('sf-log')
    expect(parsed.errors.map(error => error.message)).toEqual([
      'ERROR running force:source:deploy:  INVALID_SESSION_ID: Session expired or invalid'
    ])
  })

  it('counts a warning logged at error level only when a rule recognises it', () => {
    const update = JSON.stringify({
      level: 50,
      time: 1795711607628,
      name: 'sf:oclif',
      msg: 'Warning: Use "npm update --global @salesforce/cli" to update npm-based installations.\n    at Object.warn (/cli/node_modules/@oclif/core/lib/errors/warn.js:20:15)'
    })
    const triage = triageFiles([{ path: 'sf.log', bytes: bytesOf(update) }], [], { coverageThreshold: 75 })
    expect(triage.findings).toEqual([])
  })

  it('keeps the first errors of a runaway log and says how many more there were', () => {
    const entry = (index: number) =>
      JSON.stringify({ level: 50, time: index, name: 'sf', msg: `socket hang up ${index}` })
    const parsed = parseFile(
      'sf.log',
      bytesOf(Array.from({ length: 600 }, (_, index) => entry(index)).join('\n'))
    )
    expect(parsed.errors).toHaveLength(500)
    expect(parsed.record.reason).toBe('kept the first 500 errors; 100 more were not read')
  })

  it('leaves a JSON document whose first line is not a log entry to the JSON readers', () => {
    const envelope =
      '{"status": 1, "name": "NamedOrgNotFoundError", "message": "No authorization information found for ci."}'
    expect(parseFile('out.json', bytesOf(envelope)).record.format).toBe('sf-cli-error-json')
  })
})
