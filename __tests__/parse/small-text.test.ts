/**
 * A text file under 16 KB and 300 lines is a message someone saved, not a build log: every line is
 * offered to the classifier. What the line reader does for build logs must still hold there.
 */
import { describe, expect, it } from '@jest/globals'
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf } from '../helpers/fixtures.js'

const messagesOf = (text: string) =>
  parseFile('saved.txt', bytesOf(text)).errors.map(error => [error.surface, error.message, error.line])

describe('a small text file', () => {
  it("ends a CLI error at the runner's annotation instead of taking it into the message", () => {
    const saved = [
      'Error (NamedOrgNotFoundError): No authorization information found for ci-org.',
      '##[error]Process completed with exit code 1.'
    ].join('\n')
    expect(messagesOf(saved)).toEqual([
      ['cli', 'No authorization information found for ci-org.', 1],
      ['log', 'Process completed with exit code 1.', 2]
    ])
    // The same beside a component table, which the line-by-line reader reads.
    expect(messagesOf(`Component Failures [0]\n${saved}`)).toEqual([
      ['cli', 'No authorization information found for ci-org.', 2],
      ['log', 'Process completed with exit code 1.', 3]
    ])
  })

  it('keeps the lines of a multi-line CLI error together, up to the blank line before `Try this:`', () => {
    const saved = [
      'Error (1): Parsing --target-org',
      '\tNo authorization information found for ci-org.',
      '',
      'Try this:',
      'Run "sf org login web" to authorize an org.'
    ].join('\n')
    expect(messagesOf(saved)).toEqual([
      ['cli', 'Parsing --target-org\nNo authorization information found for ci-org.', 1],
      ['log', 'Try this:', 4],
      ['log', 'Run "sf org login web" to authorize an org.', 5]
    ])
  })

  it('numbers lines as the file does, past an oclif warning wrapped over several lines', () => {
    const saved = [
      '2024-05-01T10:00:00.0000000Z Component Failures [0]',
      '2024-05-01T10:00:00.0000000Z  ›   Warning: Average test coverage across all Apex Classes and',
      '2024-05-01T10:00:00.0000000Z  ›   Triggers is 33%, at least 75% test coverage is required.',
      '2024-05-01T10:00:01.0000000Z ##[error]Error (1): UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record'
    ].join('\n')
    expect(parseFile('step.log', bytesOf(saved)).errors.at(-1)).toMatchObject({
      surface: 'cli',
      message: 'UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record',
      line: 4
    })
  })

  it('is measured in bytes, as on disk, and in lines not counting a final newline', () => {
    const unflagged = 'Unknown user permission: ManageHpi'
    // 6,000 characters, but 18,000 bytes of UTF-8: a build log, read for its error lines only.
    const japanese = `${'デプロイ\n'.repeat(1200)}${unflagged}\n`
    expect(messagesOf(japanese)).toEqual([])
    const threeHundredLines = `${'step\n'.repeat(299)}${unflagged}\n`
    expect(messagesOf(threeHundredLines)).toContainEqual(['log', unflagged, 300])
    expect(messagesOf(`step\n${threeHundredLines}`)).toEqual([])
  })
})
