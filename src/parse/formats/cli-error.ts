/**
 * The error envelope the CLI prints when a command throws, in its three generations (sf with a
 * string `code`, sf before mid-2024 with a numeric `code`, sfdx v7 with neither), plus the legacy
 * toolbelt `DeployFailed` whose `result` is an array of simplified component errors.
 */
import { z } from 'zod'
import type { ComponentProblem, ErrorMessage } from '../../model/evidence.js'
import {
  arrayOf,
  isRecord,
  lenientNumber,
  lenientPositiveInt,
  lenientString,
  looseObject
} from '../lenient.js'

const envelopeSchema = looseObject({
  name: lenientString,
  message: lenientString,
  exitCode: lenientNumber,
  status: lenientNumber,
  code: lenientString,
  context: lenientString,
  commandName: lenientString,
  cause: lenientString,
  data: z.unknown().optional()
})

const toolbeltError = looseObject({
  error: lenientString,
  fullName: lenientString,
  type: lenientString,
  filePath: lenientString,
  problemType: lenientString,
  lineNumber: lenientPositiveInt,
  columnNumber: lenientPositiveInt
})

export function looksLikeErrorEnvelope(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value['message'] === 'string' && typeof value['name'] === 'string'
}

export function readErrorEnvelope(value: Record<string, unknown>): ErrorMessage {
  const envelope = envelopeSchema.parse(value)
  const dataCode = isRecord(envelope.data) ? envelope.data['errorCode'] : undefined
  // `cause` is util.inspect() output: the literal "undefined" when there was none.
  const cause = envelope.cause && envelope.cause !== 'undefined' ? envelope.cause : undefined
  const exitCode = envelope.exitCode ?? envelope.status
  const command = envelope.commandName ?? envelope.context
  return {
    surface: 'cli',
    message: envelope.message ?? '',
    name: envelope.name ?? (typeof dataCode === 'string' ? dataCode : undefined) ?? 'Error',
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(cause ? { cause } : {}),
    ...(command ? { command } : {})
  }
}

/** `{ name: "DeployFailed", result: [{ error, fullName, type, filePath, … }] }` (salesforce-alm). */
export function readToolbeltComponentErrors(value: Record<string, unknown>): ComponentProblem[] {
  const rows = [
    ...arrayOf(toolbeltError).parse(value['result']),
    ...arrayOf(toolbeltError).parse(value['data'])
  ]
  const seen = new Set<string>()
  return rows.flatMap(row => {
    if (!row.error) return []
    const key = [row.type, row.fullName, row.error, row.lineNumber].join('\u0000')
    if (seen.has(key)) return []
    seen.add(key)
    const filePath = row.filePath && row.filePath !== 'N/A' ? row.filePath : undefined
    return [
      {
        type: row.type ?? '',
        name: row.fullName ?? filePath ?? 'unknown',
        ...(filePath ? { filePath } : {}),
        ...(row.lineNumber ? { line: row.lineNumber } : {}),
        ...(row.columnNumber ? { column: row.columnNumber } : {}),
        problem: row.error,
        severity: row.problemType === 'Warning' ? ('Warning' as const) : ('Error' as const)
      }
    ]
  })
}

export function hasToolbeltComponentErrors(value: Record<string, unknown>): boolean {
  const rows = [value['result'], value['data']].flatMap(entry => (Array.isArray(entry) ? entry : []))
  return rows.some(row => isRecord(row) && typeof row['error'] === 'string')
}
