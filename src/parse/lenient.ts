/**
 * zod building blocks that accept every shape the CLI has printed for the same field (see the
 * "Parsing traps" of the format reference): a single object where an array is expected, numbers and
 * booleans as strings, `null` where a key is usually absent. Each yields a clean value or
 * `undefined`; a surprising leaf never rejects the whole document.
 */
import { z } from 'zod'

/** Object, array, `null` or absent → array. The Metadata API has no arrays, only repeated elements. */
export function arrayOf<T extends z.ZodType>(item: T) {
  return z
    .preprocess(value => (value == null ? [] : Array.isArray(value) ? value : [value]), z.array(z.unknown()))
    .transform(values =>
      values.flatMap(value => {
        const parsed = item.safeParse(value)
        return parsed.success ? [parsed.data as z.output<T>] : []
      })
    )
}

/** `12`, `"12"`, `"0.0"`, `"75%"` → number; anything else → undefined. */
export const lenientNumber = z
  .unknown()
  .transform(value => toNumber(value))
  .optional()

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim().replace(/%$/, '')
  if (trimmed === '') return undefined
  const parsed = Number(trimmed)
  return Number.isFinite(parsed) ? parsed : undefined
}

/** `true`, `"true"` (any case) → true; `false`, `"false"` → false; anything else → undefined. */
export const lenientBoolean = z
  .unknown()
  .transform(value => toBoolean(value))
  .optional()

export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') {
    const lowered = value.trim().toLowerCase()
    if (lowered === 'true') return true
    if (lowered === 'false') return false
  }
  return undefined
}

/** Strings stay strings, numbers become strings, `null`/objects become undefined. */
export const lenientString = z
  .unknown()
  .transform(value => toText(value))
  .optional()

export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** A positive integer such as a line number; `0`, `-1` and junk mean "not known". */
export const lenientPositiveInt = z
  .unknown()
  .transform(value => {
    const parsed = toNumber(value)
    return parsed !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : undefined
  })
  .optional()

/** Any object; non-objects become an empty object so optional fields simply read as absent. */
export function looseObject<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(value => (isRecord(value) ? value : {}), z.looseObject(shape))
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value of a JSON text, or undefined when it is not one (no repair: see salvage-json for that). */
export function parseStrict(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
