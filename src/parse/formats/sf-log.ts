/**
 * The CLI's own log (`~/.sf/sf-YYYY-MM-DD.log`; `~/.sfdx/sfdx.log` before sf v2): one JSON object a
 * line, written by pino (bunyan for sfdx). A command that throws logs its error at level 50 with the
 * stack appended, so a job that kept the CLI's home folder keeps its errors even when stdout was lost.
 * The other levels are the CLI talking to itself (config loading, heap samples) and are not read.
 */
import { isRecord, parseStrict } from '../lenient.js'
import { emptyLogEvidence, errorCollector, linesFrom, type LogEvidence } from './text-log.js'

/** pino's and bunyan's levels for `error` and `fatal`. */
const ERROR_LEVELS = new Set([50, 60])
/** A first line longer than this is not a log entry worth sniffing (and not worth parsing to find out). */
const MAX_SNIFF_LINE = 64 * 1024
/** Where the stack the CLI appends to the message begins. */
const STACK_START = /\n\s+at /

export function looksLikeSfLog(text: string): boolean {
  const end = text.indexOf('\n')
  const firstLine = (end < 0 ? text : text.slice(0, end)).trim()
  if (!firstLine.startsWith('{') || firstLine.length > MAX_SNIFF_LINE) return false
  const entry = parseLine(firstLine)
  return entry !== undefined && typeof entry['level'] === 'number' && typeof entry['msg'] === 'string'
}

export function readSfLog(text: string): LogEvidence {
  const evidence = emptyLogEvidence()
  const addError = errorCollector(evidence)
  let lineNumber = 0
  for (const line of linesFrom(text, 0)) {
    lineNumber++
    // Most lines are debug chatter: only an error level is worth a JSON.parse.
    if (!line.includes('"level":50') && !line.includes('"level":60')) continue
    const entry = parseLine(line)
    const level = entry?.['level']
    const msg = entry?.['msg']
    if (typeof level !== 'number' || !ERROR_LEVELS.has(level) || typeof msg !== 'string') continue
    const message = msg.split(STACK_START, 1)[0]?.trim()
    // A log line, not a CLI error: the log also holds warnings logged at error level, which must only
    // count when a rule recognises them.
    if (message) addError({ surface: 'log', message, line: lineNumber })
  }
  return evidence
}

function parseLine(line: string): Record<string, unknown> | undefined {
  const value = parseStrict(line)
  return isRecord(value) ? value : undefined
}
