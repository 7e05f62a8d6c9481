/**
 * Reads one file into evidence. The format is decided by content, never by name: CI scripts save
 * deploy JSON as `.txt`, logs as `.json`, and tee stderr noise in front of the JSON.
 */
import { emptyParsedSource, type ParsedSource, type SourceFormat } from '../model/evidence.js'
import { isRecord, parseStrict } from './lenient.js'
import { salvageJson } from './salvage-json.js'
import {
  looksLikeApexTestResult,
  looksLikeCoverageRows,
  looksLikePerTestCoverage,
  readApexTestResult,
  readCoverageRows,
  readPerTestCoverage
} from './formats/apex-test-result.js'
import {
  hasToolbeltComponentErrors,
  looksLikeErrorEnvelope,
  readErrorEnvelope,
  readToolbeltComponentErrors
} from './formats/cli-error.js'
import { looksLikeDeployResult, readDeployResult } from './formats/deploy-result.js'
import { looksLikeJUnit, readJUnit } from './formats/junit-xml.js'
import { looksLikeSfLog, readSfLog } from './formats/sf-log.js'
import { readTextLog } from './formats/text-log.js'
import { isValidationFailureMessage, readValidationMessage } from './formats/validation-message.js'

const BINARY_SNIFF_BYTES = 8192

export function parseFile(path: string, bytes: Uint8Array): ParsedSource {
  const base = { path, bytes: bytes.byteLength }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return emptyParsedSource({ ...base, format: 'unrecognised', ok: false, reason: 'binary file, not text' })
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
  if (!text.trim())
    return emptyParsedSource({ ...base, format: 'unrecognised', ok: false, reason: 'empty file' })

  if (text.trimStart().startsWith('<')) {
    if (looksLikeJUnit(text)) return withRecord(base, 'junit-xml', readJUnit(text))
    return emptyParsedSource({
      ...base,
      format: 'unrecognised',
      ok: false,
      reason: 'XML, but not JUnit test results'
    })
  }

  // JSON lines: each line parses, the file as a whole does not, so it is told apart before extractJson.
  if (looksLikeSfLog(text)) {
    const { truncatedMessages, ...log } = readSfLog(text)
    return withRecord(base, 'sf-log', log, keptNote(log.errors.length, truncatedMessages, 'errors'))
  }

  const json = extractJson(text)
  if (json.kind === 'json') {
    const parsed = parseJsonValue(path, json.value, base.bytes)
    if (json.note && parsed.record.ok) {
      parsed.record.reason = [json.note, parsed.record.reason].filter(Boolean).join('; ')
    }
    return parsed
  }
  if (json.kind === 'broken') {
    return emptyParsedSource({ ...base, format: 'unrecognised', ok: false, reason: json.reason })
  }
  if (/^707\w{12,15}\s*$/.test(text.trim())) {
    return emptyParsedSource({
      ...base,
      format: 'sf-apex-test-run-id',
      ok: true,
      reason: 'a test run id only'
    })
  }
  const { truncatedMessages, ...log } = readTextLog(text, bytes.byteLength)
  const reasons = [json.note, keptNote(log.errors.length, truncatedMessages, 'error lines')].filter(Boolean)
  return withRecord(base, 'text-log', log, reasons.length ? reasons.join('; ') : undefined)
}

type JsonExtraction =
  | { kind: 'json'; value: unknown; note?: string }
  | { kind: 'broken'; reason: string }
  | { kind: 'text'; note?: string }

/**
 * Whole-file JSON, or JSON behind CLI noise such as ` ›   Warning: update available`. JSON that
 * does not parse is repaired when it can be (cut short, raw newlines in strings) and read for what
 * it holds; the source record says so.
 */
function extractJson(text: string): JsonExtraction {
  const trimmed = text.trim()
  if (opensJsonDocument(trimmed)) return parseOrSalvage(trimmed)
  const objectStart = text.search(/^\{\s*$/m)
  if (objectStart < 0) {
    // A fragment cannot be parsed, but its lines can still be searched for errors.
    return looksLikeJsonFragment(trimmed)
      ? { kind: 'text', note: 'a fragment of JSON (its beginning is missing), read as text' }
      : { kind: 'text' }
  }
  const noise = 'text around the JSON was ignored'
  const whole = parseStrict(text.slice(objectStart, text.lastIndexOf('}') + 1))
  if (whole !== undefined) return { kind: 'json', value: whole, note: noise }
  // A log that merely contains a `{` line is still a log; only a JSON-led file is JSON.
  if (text.slice(0, objectStart).trim().split('\n').length > 3) return { kind: 'text' }
  const salvaged = parseOrSalvage(text.slice(objectStart))
  return salvaged.kind === 'json' ? { ...salvaged, note: `${noise}; ${salvaged.note}` } : salvaged
}

/**
 * `{` or `[` followed by what opens a JSON document (or a JavaScript object printed by
 * `util.inspect`, which repair can read). Log lines such as `[INFO] Deploying…`, `[12:00:01] Error`
 * or `[0] Error (1): …` (the `concurrently` prefix) start with a bracket too, and are read as text.
 */
function opensJsonDocument(text: string): boolean {
  return /^(?:\{\s*(?:["}]|[A-Za-z_$][\w$]*\s*:|$)|\[\s*(?:[{["\]]|$))/.test(text)
}

function parseOrSalvage(text: string): JsonExtraction {
  try {
    return { kind: 'json', value: JSON.parse(text) }
  } catch (error) {
    const problem = `truncated or invalid JSON (${describeJsonError(error, text.length)})`
    const salvaged = salvageJson(text)
    if (!salvaged) return { kind: 'broken', reason: problem }
    const dropped = salvaged.droppedLines ? `, its last ${salvaged.droppedLines} line(s) dropped` : ''
    return { kind: 'json', value: salvaged.value, note: `${problem}: repaired and read${dropped}` }
  }
}

/** Mostly `"key": value` lines: a JSON document cut out of a thread or a log, not a log itself. */
function looksLikeJsonFragment(text: string): boolean {
  const lines = text.split('\n', 200).filter(line => line.trim())
  const jsonish = lines.filter(line => /^\s*(?:"[^"]*"\s*:|[{}[\],]+\s*$)/.test(line)).length
  return lines.length >= 3 && jsonish / lines.length >= 0.6
}

function describeJsonError(error: unknown, length: number): string {
  const message = error instanceof Error ? error.message : String(error)
  return /end of (?:JSON )?input|Unterminated/i.test(message) ? `ends after ${length} characters` : message
}

function parseJsonValue(path: string, value: unknown, bytes: number): ParsedSource {
  const base = { path, bytes }
  if (Array.isArray(value)) {
    if (looksLikeCoverageRows(value)) {
      return withRecord(base, 'apex-coverage-json', {
        coverage: { classes: readCoverageRows(value), warnings: [] }
      })
    }
    if (looksLikePerTestCoverage(value)) {
      return withRecord(base, 'apex-per-test-coverage-json', {
        coverage: { classes: readPerTestCoverage(value), warnings: [] }
      })
    }
    return unrecognisedJson(base)
  }
  if (!isRecord(value)) return unrecognisedJson(base)

  const result = value['result']
  if (looksLikeDeployResult(result)) {
    const format: SourceFormat = 'deployedSource' in result ? 'legacy-sfdx-deploy-json' : 'sf-deploy-json'
    return withRecord(base, format, readDeployResult(result))
  }
  if (looksLikeApexTestResult(result))
    return withRecord(base, 'sf-apex-test-json', readApexTestResult(result))
  if (isRecord(result) && typeof result['testRunId'] === 'string' && !('tests' in result)) {
    return withRecord(base, 'sf-apex-test-run-id', {}, 'the run had not finished: only its id was printed')
  }
  if (isRecord(result) && typeof result['status'] === 'string' && Array.isArray(result['files'])) {
    const state = result['status']
    return withRecord(
      base,
      'sf-deploy-async-json',
      { deploy: { status: state, done: result['done'] === true } },
      `deploy ${state}`
    )
  }
  if (looksLikeErrorEnvelope(value)) return readErrorFile(base, value)
  if (value['status'] === 0 && isRecord(result)) {
    return withRecord(base, 'sf-cli-success-json', {}, 'a command that succeeded; nothing in it failed')
  }
  if (looksLikeDeployResult(value)) return withRecord(base, 'sf-deploy-json', readDeployResult(value))
  if (looksLikeApexTestResult(value)) return withRecord(base, 'sf-apex-test-json', readApexTestResult(value))
  return unrecognisedJson(base)
}

function readErrorFile(base: { path: string; bytes: number }, value: Record<string, unknown>): ParsedSource {
  const error = readErrorEnvelope(value)
  if (hasToolbeltComponentErrors(value)) {
    return withRecord(base, 'legacy-sfdx-deploy-json', { components: readToolbeltComponentErrors(value) })
  }
  // mdapi:deploy attached the whole DeployResult to a thrown error.
  const attached = [value['result'], value['data']].find(looksLikeDeployResult)
  if (attached) {
    const deploy = readDeployResult(attached)
    return withRecord(base, 'sf-deploy-json', { ...deploy, errors: [...deploy.errors, error] })
  }
  if (isValidationFailureMessage(error.message)) {
    const validation = readValidationMessage(error.message)
    const otherErrors = validation.otherLines.map(message => ({ ...error, message }))
    return withRecord(base, 'sf-cli-error-json', {
      deploy: {
        status: 'Failed',
        success: false,
        checkOnly: true,
        ...(validation.deployId ? { id: validation.deployId } : {})
      },
      components: validation.components,
      tests: validation.tests,
      ...(validation.coverageWarnings.length
        ? { coverage: { classes: [], warnings: validation.coverageWarnings } }
        : {}),
      // The header alone carries meaning only when Salesforce gave no reason at all.
      errors: nothingBehindHeader(validation) ? [error] : otherErrors
    })
  }
  return withRecord(base, 'sf-cli-error-json', { errors: [error] })
}

function nothingBehindHeader(validation: ReturnType<typeof readValidationMessage>): boolean {
  const { components, tests, coverageWarnings, otherLines } = validation
  return components.length + tests.length + coverageWarnings.length + otherLines.length === 0
}

/** What a capped reader says about the messages it did not keep. */
function keptNote(kept: number, dropped: number, what: string): string | undefined {
  return dropped > 0 ? `kept the first ${kept} ${what}; ${dropped} more were not read` : undefined
}

function unrecognisedJson(base: { path: string; bytes: number }): ParsedSource {
  return emptyParsedSource({
    ...base,
    format: 'unrecognised',
    ok: false,
    reason: 'JSON, but not a Salesforce CLI output this tool reads'
  })
}

function withRecord(
  base: { path: string; bytes: number },
  format: SourceFormat,
  content: Partial<Omit<ParsedSource, 'record'>>,
  reason?: string
): ParsedSource {
  return {
    components: [],
    tests: [],
    errors: [],
    ...content,
    record: { ...base, format, ok: true, ...(reason ? { reason } : {}) }
  }
}
