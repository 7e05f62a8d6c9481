/**
 * Reads what is there of a JSON document that was cut short or pasted by hand: a CI log capped
 * mid-`stack`, a terminal copy with real newlines inside strings. The error name and message sit
 * near the top of every CLI envelope, so the part before the cut usually names the failure.
 */
import { jsonrepair } from 'jsonrepair'

/** Each retry drops one more trailing line: the unterminated tail is where repair goes wrong. */
const MAX_DROPPED_LINES = 3
/** Repair walks the text once per try; past this size a broken file is reported, not repaired. */
const MAX_SALVAGE_CHARS = 2 * 1024 * 1024

export interface SalvagedJson {
  value: unknown
  droppedLines: number
}

export function salvageJson(text: string): SalvagedJson | undefined {
  if (text.length > MAX_SALVAGE_CHARS) return undefined
  let candidate = text.trimEnd()
  for (let droppedLines = 0; droppedLines <= MAX_DROPPED_LINES && candidate; droppedLines++) {
    const value = tryRepair(candidate)
    if (value !== undefined) return { value, droppedLines }
    const lastBreak = candidate.lastIndexOf('\n')
    if (lastBreak < 0) return undefined
    candidate = candidate.slice(0, lastBreak).trimEnd()
  }
  return undefined
}

function tryRepair(text: string): unknown {
  try {
    const value: unknown = JSON.parse(jsonrepair(text))
    // A repair that yields a bare string or number has lost the document's structure.
    return typeof value === 'object' && value !== null ? value : undefined
  } catch {
    return undefined
  }
}
