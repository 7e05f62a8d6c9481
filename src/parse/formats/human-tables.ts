/**
 * The tables `sf` prints in human mode: component failures under `Component Failures [n]`, the
 * `=== Test Results` table, and the `• Class.method` bullets of a test run. Each reader takes the log's
 * lines and where its block starts, adds what it finds to `out`, and returns the index of the last line
 * it read.
 */
import { splitTestName, type ComponentProblem, type TestFailure } from '../../model/evidence.js'

/** ` Type  Name  Problem  Line:Column` rows under a dashed rule, until a blank line. */
export function readComponentTable(lines: string[], start: number, out: ComponentProblem[]): number {
  let index = start
  const header = lines[index] ?? ''
  if (!/\bType\b.*\bName\b.*\bProblem\b/.test(header)) return start - 1
  const columns = columnStarts(header, ['Type', 'Name', 'Problem', 'Line:Column'])
  index += /^\s*[-─]+\s*$/.test(lines[index + 1] ?? '') ? 2 : 1
  for (; index < lines.length; index++) {
    const row = lines[index] ?? ''
    if (!row.trim()) break
    const [type, name, problemCell, location] = sliceColumns(row, columns)
    const problem = (problemCell ?? '').replace(/ \(\d+:\d+\)$/, '')
    const [line, column] = (location ?? '').split(':').map(Number)
    if (!name || !problem) continue
    out.push({
      type: type ?? '',
      name,
      problem,
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
      severity: 'Error'
    })
  }
  return index
}

/** `=== Test Results` table: a row per test; stack frames continue in the MESSAGE column. */
export function readTestTable(lines: string[], headerIndex: number, out: TestFailure[]): number {
  const header = lines[headerIndex] ?? ''
  const columns = columnStarts(header, ['TEST NAME', 'OUTCOME', 'MESSAGE', 'RUNTIME'])
  let current: TestFailure | undefined
  let index = headerIndex + 1
  if (/^[\s─-]+$/.test(lines[index] ?? '')) index++
  for (; index < lines.length; index++) {
    const row = lines[index] ?? ''
    if (!row.trim()) break
    const [fullName, outcome, message] = sliceColumns(row, columns)
    if (fullName) {
      current = undefined
      if (outcome === 'Fail' || outcome === 'CompileFail') {
        current = { ...splitTestName(fullName), message: message ?? '', outcome }
        out.push(current)
      }
    } else if (current && message) {
      current.stackTrace = current.stackTrace ? `${current.stackTrace}\n${message}` : message
    }
  }
  return index
}

export function readTestBullet(lines: string[], index: number, fullName: string, out: TestFailure[]): number {
  const message = (lines[index + 1] ?? '').replace(/^\s*message: /, '').trim()
  const stack: string[] = []
  let next = index + 2
  if (/^\s*stacktrace:/.test(lines[next] ?? '')) {
    for (next++; next < lines.length && /^\s{5,}\S/.test(lines[next] ?? ''); next++)
      stack.push((lines[next] ?? '').trim())
  }
  out.push({
    ...splitTestName(fullName),
    message,
    ...(stack.length ? { stackTrace: stack.join('\n') } : {}),
    outcome: 'Fail'
  })
  return next - 1
}

function columnStarts(header: string, names: string[]): number[] {
  return names.map(name => header.indexOf(name)).filter(position => position >= 0)
}

function sliceColumns(row: string, starts: number[]): (string | undefined)[] {
  return starts.map((start, column) => {
    const cell = row.slice(start, starts[column + 1] ?? row.length).trim()
    return cell || undefined
  })
}
