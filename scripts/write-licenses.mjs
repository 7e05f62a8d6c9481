/**
 * Writes the licence of every production dependency next to the bundle that ships them. ncc's own
 * collector (`--license`) skips ESM-only packages such as zod, jsonrepair and @actions/core, so the
 * list comes from the lockfile instead: the same output for the same lockfile, and a superset of
 * what the bundle holds.
 *
 *   node scripts/write-licenses.mjs dist/licenses.txt
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [outputPath = 'dist/licenses.txt'] = process.argv.slice(2)
const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'))

const packages = new Map()
for (const [path, meta] of Object.entries(lock.packages)) {
  // Optional packages are platform-specific and may be absent, which would make the file differ by machine.
  if (!path || meta.dev || meta.optional) continue
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
  const key = `${name}@${meta.version}`
  if (!packages.has(key)) packages.set(key, { name, version: meta.version, licence: meta.license, path })
}

const sections = [...packages.keys()].sort().map(key => {
  const { name, version, licence, path } = packages.get(key)
  const text = licenceText(join(projectRoot, path))
  return [
    `${name} ${version}`,
    licence ?? 'no licence field',
    text ?? '(no licence file in the package)'
  ].join('\n')
})
writeFileSync(outputPath, `${sections.join('\n\n\n')}\n`)
console.log(`${outputPath}: ${sections.length} packages`)

function licenceText(packagePath) {
  let names
  try {
    names = readdirSync(packagePath)
  } catch {
    return undefined
  }
  const file = names.filter(name => /^(?:licen[cs]e|copying)(?:[.-][\w.-]+)?$/i.test(name)).sort()[0]
  return file ? readFileSync(join(packagePath, file), 'utf8').trim() : undefined
}
