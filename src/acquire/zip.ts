/**
 * Reads an artifact zip with yauzl, entirely in memory. The caps stop zip bombs before inflation
 * (declared sizes) and during it (yauzl checks that inflated bytes match the declared size).
 */
import yauzl from 'yauzl'

export const ZIP_MAGIC = new Uint8Array([0x50, 0x4b, 0x03, 0x04])

export interface ZipLimits {
  maxTotalBytes: number
  maxEntries: number
  /** Uncompressed ÷ compressed size above which an entry is treated as a bomb. */
  maxCompressionRatio: number
  maxFileBytes: number
}

export interface ZipContents {
  entries: { path: string; bytes: Uint8Array }[]
  skipped: { path: string; reason: string }[]
}

export async function readZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipContents> {
  const contents: ZipContents = { entries: [], skipped: [] }
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch (error) {
    contents.skipped.push({ path: '', reason: `not a readable zip: ${messageOf(error)}` })
    return contents
  }
  let totalBytes = 0
  let seen = 0
  try {
    for await (const entry of entriesOf(zip)) {
      seen++
      if (entry.fileName.endsWith('/')) continue
      if (seen > limits.maxEntries) {
        contents.skipped.push({
          path: entry.fileName,
          reason: `the zip has more than ${limits.maxEntries} entries; the rest were not read`
        })
        break
      }
      const reason = rejectionFor(entry, totalBytes, limits)
      if (reason) {
        contents.skipped.push({ path: entry.fileName, reason })
        continue
      }
      totalBytes += entry.uncompressedSize
      try {
        contents.entries.push({ path: entry.fileName, bytes: await readEntry(zip, entry) })
      } catch (error) {
        contents.skipped.push({ path: entry.fileName, reason: `could not be inflated: ${messageOf(error)}` })
      }
    }
  } catch (error) {
    contents.skipped.push({ path: '', reason: `the zip is damaged: ${messageOf(error)}` })
  } finally {
    zip.close()
  }
  return contents
}

function rejectionFor(entry: yauzl.Entry, totalBytes: number, limits: ZipLimits): string | undefined {
  if (entry.uncompressedSize > limits.maxFileBytes)
    return `larger than the ${limits.maxFileBytes} byte read limit`
  if (totalBytes + entry.uncompressedSize > limits.maxTotalBytes) {
    return `the zip expands beyond ${limits.maxTotalBytes} bytes; this entry was not read`
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
  if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
    return `compression ratio ${Math.round(ratio)}:1 looks like a zip bomb`
  }
  return undefined
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, decodeStrings: true, validateEntrySizes: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip))
    )
  )
}

async function* entriesOf(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      const onEntry = (next: yauzl.Entry) => {
        cleanup()
        resolve(next)
      }
      const onEnd = () => {
        cleanup()
        resolve(undefined)
      }
      const onError = (error: Error) => {
        cleanup()
        reject(error)
      }
      const cleanup = () => {
        zip.off('entry', onEntry)
        zip.off('end', onEnd)
        zip.off('error', onError)
      }
      zip.on('entry', onEntry)
      zip.on('end', onEnd)
      zip.on('error', onError)
      zip.readEntry()
    })
    if (!entry) return
    yield entry
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'))
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', reject)
      stream.on('end', () => resolve(Buffer.concat(chunks)))
    })
  })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
