/**
 * Plain-text logs: captured stdout/stderr of `sf` in human mode, CI step logs, and `FailedValidationError`
 * text. The CLI's human tables (component failures, test results) become structured failures; other
 * lines that look like errors (in a small file, all lines) are kept as log messages for the classifier,
 * which decides what they mean.
 */
import type { ErrorMessage, ParsedSource } from '../../model/evidence.js'
import { readComponentTable, readTestBullet, readTestTable } from './human-tables.js'
import { isValidationFailureMessage, readValidationMessage } from './validation-message.js'

/** Enough for any real failure; a log of a million error lines says nothing more at line 501. */
export const MAX_LOG_MESSAGES = 500

const RUNNER_TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z /
const RUNNER_ANNOTATION = /^##\[(?:error|warning)\]/
const OCLIF_CONTINUATION = /^ ›\s{3}/
const HUMAN_ERROR = /^(?:Error|ERROR)(?: \((?<name>[^)]+)\))?:\s*(?<message>.*)$/
const SFDX_ERROR = /^ERROR running [\w:]+:\s*(?<message>.*)$/
const ERROR_WORDS =
  /\b(?:error|exception|failed|failure|fatal|denied|invalid|expired|timed? ?out|unable to|cannot|can't|does not exist|not found|too many|limit exceeded|deadline exceeded|too long with no output|test coverage)\b/i
/** Salesforce status codes (`UNABLE_TO_LOCK_ROW`) and Node error codes (`ECONNRESET`). */
const ERROR_CODES = /\b[A-Z]{2,}(?:_[A-Z]+)+\b|\bE[A-Z]{4,}\b/
/** The CLI prints a multi-line error message as-is after `Error (name):`, up to a blank line. */
const MAX_CONTINUATION_LINES = 40
/** How far past the header a message may run, stack frames included. */
const MAX_CONTINUATION_SCAN = 200
/** Where a message ends: the CLI's hints, a warning, or the next table or validation block. */
const CONTINUATION_STOP = /^(?:Try this:|Warning:|Component Failures \[|TEST NAME\s|• |Failed to validate)/
/** Stack frames sit between a message and its `cause`; they are passed over, not kept. */
const STACK_FRAME = /^at (?:async )?(?:\S+ \([^)\n]*\)|\S+:\d+:\d+\)?)$/
/** What only the line-by-line reader understands: the CLI's human tables, wrapped warnings, validation text. */
const NEEDS_LINE_READER =
  /^(?:Component Failures \[|\s*TEST NAME\s|\s*• |\s*›\s)|Failed to validate the deployment/m

/**
 * A text file this small is a failure someone saved (a pasted message, a short step log), not a
 * build log: every line is offered to the classifier, since Salesforce states many causes without
 * an error word ("Unknown user permission: X", "In field: Y - no Z named W found"). Log lines only
 * count when a rule recognises them, so the lines that say nothing cost nothing but the matching.
 */
const SMALL_TEXT_BYTES = 16 * 1024
const SMALL_TEXT_LINES = 300

export type LogEvidence = Pick<ParsedSource, 'components' | 'tests' | 'errors'> & {
  truncatedMessages: number
}

/** `byteLength`: the file's size on disk, which the small-file limit is stated in. */
export function readTextLog(text: string, byteLength: number): LogEvidence {
  const options = { everyLine: isSmallText(text, byteLength) }
  return NEEDS_LINE_READER.test(text) ? readLineByLine(text, options) : readErrorLines(text, options)
}

/** Lines are counted without the newline that ends the last one. */
function isSmallText(text: string, byteLength: number): boolean {
  return byteLength <= SMALL_TEXT_BYTES && allLineStarts(text).length <= SMALL_TEXT_LINES
}

function allLineStarts(text: string): number[] {
  const starts = [0]
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    if (newline + 1 < text.length) starts.push(newline + 1)
  }
  return starts
}

/** The start of every line holding an error word or code, found without splitting the text. */
function errorLineStarts(text: string): number[] {
  const starts: number[] = []
  for (const pattern of [new RegExp(ERROR_WORDS.source, 'gi'), new RegExp(ERROR_CODES.source, 'g')]) {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      starts.push(text.lastIndexOf('\n', match.index) + 1)
      const lineEnd = text.indexOf('\n', match.index)
      pattern.lastIndex = lineEnd < 0 ? text.length : lineEnd
    }
  }
  return starts
}

/**
 * A log without the CLI's tables or validation text only contributes its error lines (a small file, every
 * line), so instead of splitting a 100 MB log into a million strings, the text is searched for error
 * words and only the lines they sit on are read.
 */
function readErrorLines(text: string, options: { everyLine: boolean }): LogEvidence {
  const evidence = emptyLogEvidence()
  const addError = errorCollector(evidence)
  const lineStarts = new Set(options.everyLine ? allLineStarts(text) : errorLineStarts(text))
  let lineNumber = 1
  let counted = 0
  let consumedUntil = 0
  for (const start of [...lineStarts].sort((a, b) => a - b)) {
    if (start < consumedUntil) continue
    if (evidence.errors.length >= MAX_LOG_MESSAGES) {
      evidence.truncatedMessages++
      continue
    }
    for (
      let newline = text.indexOf('\n', counted);
      newline >= 0 && newline < start;
      newline = text.indexOf('\n', newline + 1)
    ) {
      lineNumber++
      counted = newline + 1
    }
    const end = text.indexOf('\n', start)
    const error = errorFromLine(
      stripRunnerPrefix(text.slice(start, end < 0 ? text.length : end)).trim(),
      lineNumber,
      options
    )
    if (!error) continue
    // Only the CLI's own error runs on over several lines; a bare `Error:` from another tool is one line.
    if (end >= 0 && error.surface === 'cli') {
      consumedUntil = offsetAfterLines(text, end + 1, appendContinuation(error, linesFrom(text, end + 1)))
    }
    addError(error)
  }
  return evidence
}

/** Adds to a CLI error the lines that continue its message; returns how many lines it read. */
function appendContinuation(error: ErrorMessage, following: Iterable<string>): number {
  const { lines, consumed } = continuationOf(following)
  // An empty header (`Error (1):` alone on its line) leaves only the continuation.
  error.message = [error.message, ...lines].filter(Boolean).join('\n')
  return consumed
}

/**
 * The lines after a CLI error header that continue its message, up to a blank line, `Try this:` or
 * the next error, and how many lines that was.
 */
function continuationOf(following: Iterable<string>): { lines: string[]; consumed: number } {
  const lines: string[] = []
  let consumed = 0
  for (const rawLine of following) {
    if (consumed >= MAX_CONTINUATION_SCAN || lines.length >= MAX_CONTINUATION_LINES) break
    // A runner annotation (`##[error]Process completed…`) is the runner's line, not the message's.
    if (rawLine.includes('##[')) break
    const line = stripRunnerPrefix(rawLine).trim()
    if (!line || CONTINUATION_STOP.test(line) || humanErrorOf(line)) break
    consumed++
    if (!STACK_FRAME.test(line)) lines.push(line)
  }
  return { lines, consumed }
}

export function* linesFrom(text: string, offset: number): Generator<string> {
  for (let position = offset; position < text.length;) {
    const newline = text.indexOf('\n', position)
    const end = newline < 0 ? text.length : newline
    yield text.slice(position, end)
    position = end + 1
  }
}

/** The offset just past `count` lines from `offset`. */
function offsetAfterLines(text: string, offset: number, count: number): number {
  let position = offset
  for (let line = 0; line < count && position < text.length; line++) {
    const newline = text.indexOf('\n', position)
    position = newline < 0 ? text.length : newline + 1
  }
  return position
}

function readLineByLine(text: string, options: { everyLine: boolean }): LogEvidence {
  const { lines, lineNumbers } = unwrapOclifWarnings(text.split(/\r?\n/))
  const evidence = emptyLogEvidence()
  const addError = errorCollector(evidence)

  for (let index = 0; index < lines.length; index++) {
    const trimmed = stripRunnerPrefix(lines[index] ?? '').trim()
    if (!trimmed) continue
    // Dispatch on the first character: most lines are noise and should cost one comparison.
    const first = trimmed[0]
    if (first === 'C' && /^Component Failures \[\d+\]$/.test(trimmed)) {
      index = readComponentTable(lines, index + 1, evidence.components)
      continue
    }
    if (first === 'T' && /^TEST NAME\s+OUTCOME\s+MESSAGE/.test(trimmed)) {
      index = readTestTable(lines, index, evidence.tests)
      continue
    }
    if (first === '•') {
      const bullet = /^• (?<fullName>[\w.]+)$/.exec(trimmed)?.groups?.['fullName']
      if (bullet && /^\s*message: /.test(lines[index + 1] ?? '')) {
        index = readTestBullet(lines, index, bullet, evidence.tests)
        continue
      }
    }
    const line = lineNumbers[index] ?? index + 1
    const errorText = humanErrorOf(trimmed)?.['message'] ?? trimmed
    if (errorText.startsWith('Failed to validate') && isValidationFailureMessage(errorText)) {
      index = readValidationBlock(lines, index, line, errorText, evidence, addError)
      continue
    }
    const error = errorFromLine(trimmed, line, options)
    if (!error) continue
    if (error.surface === 'cli') {
      index += appendContinuation(error, lines.slice(index + 1, index + 1 + MAX_CONTINUATION_SCAN))
    }
    addError(error)
  }
  return evidence
}

export function emptyLogEvidence(): LogEvidence {
  return { components: [], tests: [], errors: [], truncatedMessages: 0 }
}

/** Adds a message to the evidence, or counts it once MAX_LOG_MESSAGES are kept. */
export function errorCollector(evidence: LogEvidence): (message: ErrorMessage) => void {
  return message => {
    if (evidence.errors.length < MAX_LOG_MESSAGES) evidence.errors.push(message)
    else evidence.truncatedMessages++
  }
}

function humanErrorOf(trimmed: string): Record<string, string> | undefined {
  return trimmed[0] === 'E' ? (HUMAN_ERROR.exec(trimmed) ?? SFDX_ERROR.exec(trimmed))?.groups : undefined
}

/**
 * A log line as a message for the classifier, when it looks like an error at all (any line, in a small
 * file). The CLI's own error (`Error (1): …`, `Error (NamedOrgNotFoundError): …`, sfdx's `ERROR running
 * force:…:`) is read as a CLI error, like the same message in `--json` output; sfdx's line keeps its
 * command, which says what was being done (a login). A bare `Error:`/`ERROR:` may come from any tool and
 * stays a log line.
 */
function errorFromLine(
  trimmed: string,
  line: number,
  { everyLine }: { everyLine: boolean }
): ErrorMessage | undefined {
  if (!trimmed) return undefined
  const humanError = humanErrorOf(trimmed)
  if (!humanError && !everyLine && !ERROR_WORDS.test(trimmed) && !ERROR_CODES.test(trimmed)) return undefined
  const sfdxError = humanError !== undefined && trimmed.startsWith('ERROR running ')
  const label = humanError?.['name']
  // `Error (1):` gives the exit code where a named error gives its name, as `--json` keeps them apart.
  const exitCode = label !== undefined && /^\d+$/.test(label) ? Number(label) : undefined
  return {
    surface: sfdxError || label !== undefined ? 'cli' : 'log',
    message: sfdxError ? trimmed : (humanError?.['message'] ?? trimmed),
    ...(label && exitCode === undefined ? { name: label } : {}),
    ...(exitCode !== undefined ? { exitCode } : {}),
    line
  }
}

/** Only runner-log lines carry a timestamp prefix; testing the first character keeps the common case cheap. */
function stripRunnerPrefix(line: string): string {
  const withoutTimestamp = stripRunnerTimestamp(line)
  return withoutTimestamp[0] === '#' ? withoutTimestamp.replace(RUNNER_ANNOTATION, '') : withoutTimestamp
}

function stripRunnerTimestamp(line: string): string {
  const first = line[0]
  return first !== undefined && first >= '0' && first <= '9' ? line.replace(RUNNER_TIMESTAMP, '') : line
}

/** `Failed to validate … Due To:` and the lines up to the next blank line, as the CLI prints it. */
function readValidationBlock(
  lines: string[],
  index: number,
  line: number,
  header: string,
  evidence: LogEvidence,
  addError: (message: ErrorMessage) => void
): number {
  const block = [header]
  let next = index
  while (next + 1 < lines.length && (lines[next + 1] ?? '').trim() !== '') block.push(lines[++next] ?? '')
  const validation = readValidationMessage(block.join('\n'))
  evidence.components.push(...validation.components)
  evidence.tests.push(...validation.tests)
  const reasons = validation.components.length + validation.tests.length + validation.otherLines.length
  if (reasons + validation.coverageWarnings.length === 0) {
    addError({ surface: 'log', message: block.join('\n'), name: 'FailedValidationError', line })
  }
  for (const other of validation.otherLines) addError({ surface: 'log', message: other, line })
  for (const warning of validation.coverageWarnings) {
    addError({
      surface: 'log',
      message: warning.name ? `${warning.name} - ${warning.message}` : warning.message,
      line
    })
  }
  return next
}

/**
 * Strips runner timestamps (not the `##[error]` annotations, which end a CLI error's continuation),
 * and joins oclif warnings wrapped over several ` ›   ` lines back into one; `lineNumbers` keeps each
 * joined line's place in the file.
 */
function unwrapOclifWarnings(rawLines: string[]): { lines: string[]; lineNumbers: number[] } {
  const lines: string[] = []
  const lineNumbers: number[] = []
  rawLines.forEach((rawLine, index) => {
    const line = stripRunnerTimestamp(rawLine)
    if (line[1] === '›' && OCLIF_CONTINUATION.test(line)) {
      const content = line.replace(OCLIF_CONTINUATION, '').trim()
      const previous = lines.at(-1)
      if (previous !== undefined && previous.startsWith('Warning: ') && !content.startsWith('Warning: ')) {
        lines[lines.length - 1] = `${previous} ${content}`
        return
      }
      lines.push(content)
    } else {
      lines.push(line)
    }
    lineNumbers.push(index + 1)
  })
  return { lines, lineNumbers }
}
