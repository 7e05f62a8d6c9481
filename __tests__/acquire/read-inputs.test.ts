import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import { DEFAULT_LIMITS, readInputs } from '../../src/acquire/read-inputs.js'
import { fixturePath } from '../helpers/fixtures.js'

function zipOf(entries: { name: string; content: string | Buffer; compress?: boolean }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const entry of entries) {
    if (entry.name.endsWith('/')) {
      zip.addEmptyDirectory(entry.name)
      continue
    }
    zip.addBuffer(Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content), entry.name, {
      compress: entry.compress ?? true
    })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sft-'))
}

describe('readInputs', () => {
  it('reads folders recursively, with paths relative to the folder', async () => {
    const { files, unreadable } = await readInputs([
      fixturePath('sf-cli', 'apex-run-test-many-failures.output-dir')
    ])
    expect(unreadable).toEqual([])
    expect(files.map(file => file.path)).toEqual([
      'test-result-707FAKE00000019AAA-codecoverage.json',
      'test-result-707FAKE00000019AAA-junit.xml',
      'test-result-707FAKE00000019AAA.json',
      'test-result-codecoverage.json',
      'test-run-id.txt'
    ])
  })

  it('reports a missing path instead of throwing', async () => {
    const { files, unreadable } = await readInputs(['/nonexistent/deploy-result.json'])
    expect(files).toEqual([])
    expect(unreadable).toEqual([
      expect.objectContaining({
        path: '/nonexistent/deploy-result.json',
        ok: false,
        reason: 'cannot be opened: ENOENT'
      })
    ])
  })

  it('reads an artifact zip in memory, whatever the file is called', async () => {
    const dir = tempDir()
    const zipPath = join(dir, 'deployment-logs.bin')
    writeFileSync(
      zipPath,
      await zipOf([
        { name: 'logs/deploy-result.json', content: '{"status":1}' },
        { name: 'logs/', content: '' }
      ])
    )
    const { files } = await readInputs([zipPath])
    expect(files.map(file => file.path)).toEqual([`${zipPath}/logs/deploy-result.json`])
    expect(new TextDecoder().decode(files[0]?.bytes)).toBe('{"status":1}')
  })

  it('reads zips found inside folders', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'nested'))
    writeFileSync(join(dir, 'nested', 'artifact.zip'), await zipOf([{ name: 'a.json', content: '{}' }]))
    const { files } = await readInputs([dir])
    expect(files.map(file => file.path)).toEqual(['nested/artifact.zip/a.json'])
  })

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const dir = tempDir()
    const zipPath = join(dir, 'bomb.zip')
    writeFileSync(
      zipPath,
      await zipOf([
        { name: 'zeros.txt', content: Buffer.alloc(20 * 1024 * 1024) },
        { name: 'ok.txt', content: 'fine' }
      ])
    )
    const { files, unreadable } = await readInputs([zipPath])
    expect(files.map(file => file.path)).toEqual([`${zipPath}/ok.txt`])
    expect(unreadable[0]?.reason).toMatch(/compression ratio \d+:1 looks like a zip bomb/)
  })

  it('caps the number of entries and the total expanded size', async () => {
    const dir = tempDir()
    const zipPath = join(dir, 'many.zip')
    writeFileSync(
      zipPath,
      await zipOf(
        Array.from({ length: 5 }, (_, index) => ({
          name: `f${index}.txt`,
          content: 'x'.repeat(100),
          compress: false
        }))
      )
    )
    const byCount = await readInputs([zipPath], { ...DEFAULT_LIMITS, maxEntries: 3 })
    expect(byCount.files).toHaveLength(3)
    expect(byCount.unreadable[0]?.reason).toMatch(/more than 3 entries/)
    const bySize = await readInputs([zipPath], { ...DEFAULT_LIMITS, maxTotalBytes: 250 })
    expect(bySize.files).toHaveLength(2)
    expect(bySize.unreadable).toHaveLength(3)
  })

  it('reports a damaged zip as unreadable', async () => {
    const dir = tempDir()
    const zipPath = join(dir, 'broken.zip')
    const good = await zipOf([{ name: 'a.json', content: '{}' }])
    writeFileSync(zipPath, good.subarray(0, good.length - 10))
    const { files, unreadable } = await readInputs([zipPath])
    expect(files).toEqual([])
    expect(unreadable[0]?.reason).toMatch(/not a readable zip/)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big.log'), 'x'.repeat(2000))
    const { files, unreadable } = await readInputs([dir], { ...DEFAULT_LIMITS, maxFileBytes: 1000 })
    expect(files).toEqual([])
    expect(unreadable[0]).toMatchObject({ path: 'big.log', reason: expect.stringMatching(/read limit/) })
  })
})
