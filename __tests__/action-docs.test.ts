/** The README's inputs and outputs tables must list exactly what action.yml declares, with its defaults. */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const readme = readFileSync(join(root, 'README.md'), 'utf8')

function tableAfter(heading: string): string[][] {
  const section = readme.slice(readme.indexOf(`### ${heading}\n`))
  const rows = section.split('\n').filter(line => line.startsWith('| `'))
  const end = section.indexOf('\n\n', section.indexOf('|'))
  return rows
    .filter(row => section.indexOf(row) < end)
    .map(row =>
      row
        .split('|')
        .slice(1, -1)
        .map(cell => cell.trim())
    )
}

it('documents every input with its default', () => {
  const rows = tableAfter('Inputs')
  expect(rows.map(([name]) => name!.replace(/`/g, ''))).toEqual(Object.keys(action.inputs))
  for (const [name, readmeDefault] of rows) {
    const declared = action.inputs[name!.replace(/`/g, '')]?.default
    if (declared !== undefined && !/RUNNER_TEMP/.test(readmeDefault!))
      expect(readmeDefault).toBe(`\`${declared}\``)
  }
})

it('documents every output', () => {
  expect(tableAfter('Outputs').map(([name]) => name!.replace(/`/g, ''))).toEqual(Object.keys(action.outputs))
})

it('runs on node24 from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
