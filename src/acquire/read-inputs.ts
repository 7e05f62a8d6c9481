/**
 * Turns the paths a user names (files, folders, artifact zips) into in-memory files. Zip entries
 * are read into memory and never written to disk, so a hostile entry name (`../../x`) has nowhere
 * to go; sizes, counts and compression ratios are capped before anything is inflated.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { SourceRecord } from '../model/evidence.js'
import { readZip, ZIP_MAGIC, type ZipLimits } from './zip.js'

export interface InputFile {
  /** Path shown to users: relative to the folder or zip it came from. */
  path: string
  bytes: Uint8Array
}

export interface InputLimits extends ZipLimits {
  /** Largest single file read; larger ones are reported, not read. */
  maxFileBytes: number
  /** Most files read from folders, so a mistaken `/` does not read a disk. */
  maxFiles: number
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxFiles: 10_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxCompressionRatio: 200
}

export interface ReadInputsResult {
  files: InputFile[]
  /** Paths that could not be read, with why; they become `sources[]` entries. */
  unreadable: SourceRecord[]
}

export async function readInputs(
  paths: string[],
  limits: InputLimits = DEFAULT_LIMITS
): Promise<ReadInputsResult> {
  const result: ReadInputsResult = { files: [], unreadable: [] }
  for (const path of paths) {
    await readPath(path, path, limits, result)
  }
  return result
}

async function readPath(
  path: string,
  shownAs: string,
  limits: InputLimits,
  out: ReadInputsResult
): Promise<void> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    out.unreadable.push(unreadable(shownAs, `cannot be opened: ${errorCode(error)}`))
    return
  }
  if (info.isDirectory()) {
    await readFolder(path, limits, out)
    return
  }
  if (!info.isFile()) {
    out.unreadable.push(unreadable(shownAs, 'not a regular file'))
    return
  }
  if (info.size > limits.maxFileBytes) {
    out.unreadable.push(unreadable(shownAs, `larger than the ${formatBytes(limits.maxFileBytes)} read limit`))
    return
  }
  const bytes = await readFile(path)
  await addFile(shownAs, bytes, limits, out)
}

async function readFolder(root: string, limits: InputLimits, out: ReadInputsResult): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const files = entries
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .sort()
  for (const [index, file] of files.entries()) {
    if (index >= limits.maxFiles) {
      out.unreadable.push(unreadable(root, `only the first ${limits.maxFiles} files were read`))
      return
    }
    await readPath(file, relative(root, file).split(sep).join('/'), limits, out)
  }
}

async function addFile(
  shownAs: string,
  bytes: Uint8Array,
  limits: InputLimits,
  out: ReadInputsResult
): Promise<void> {
  if (!startsWith(bytes, ZIP_MAGIC)) {
    out.files.push({ path: shownAs, bytes })
    return
  }
  const zip = await readZip(bytes, limits)
  for (const entry of zip.entries) out.files.push({ path: `${shownAs}/${entry.path}`, bytes: entry.bytes })
  for (const skipped of zip.skipped)
    out.unreadable.push(unreadable(`${shownAs}/${skipped.path}`, skipped.reason))
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

export function unreadable(path: string, reason: string): SourceRecord {
  return { path, format: 'unrecognised', ok: false, reason }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error))
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${Math.round(bytes / 1024)} KiB`
}
