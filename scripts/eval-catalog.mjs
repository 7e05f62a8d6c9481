#!/usr/bin/env node
/**
 * Measures the catalog on a labelled set of real failure messages: each message is wrapped in the
 * file the CLI would have written for it, triaged by the real engine, and the primary category is
 * compared with the human label. Prints accuracy (also split into the labels marked clear-cut and those
 * marked debatable, since engineers disagree on the latter), a confusion table and every miss.
 *
 * Input: JSON lines {message, surface: component|test|coverage|cli|deploy-error, label, debatable?,
 * name?, componentType?, componentName?, testName?}. With `--labels FILE` (JSON lines {id, label,
 * debatable?}), only the messages that file labels are measured, against its labels: another
 * engineer's reading of the same messages.
 * Usage: npm run eval -- [--labels other-labels.jsonl] path/to/messages.jsonl [more.jsonl ...]
 * (compiles to build/ first)
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { triageFiles } = await import('../build/src/triage.js')
const { artifactFor } = await import('../build/__tests__/helpers/artifact-for.js')
const usage =
  'usage: node scripts/eval-catalog.mjs [--labels other-labels.jsonl] <messages.jsonl> [more.jsonl ...]'
let parsed
try {
  parsed = parseArgs({ options: { labels: { type: 'string' } }, allowPositionals: true })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
const { values, positionals: files } = parsed
if (files.length === 0) {
  console.error(usage)
  process.exit(2)
}
const readJsonLines = file =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim())
    .map(line => JSON.parse(line))
const otherLabels = values.labels
  ? new Map(readJsonLines(values.labels).map(entry => [entry.id, entry]))
  : undefined
const cases = files.flatMap(readJsonLines).flatMap(entry => {
  if (!otherLabels) return [entry]
  const other = otherLabels.get(entry.id)
  return other ? [{ ...entry, label: other.label, debatable: other.debatable ?? false }] : []
})
if (otherLabels) {
  // An id that matches no message would silently shrink what is measured.
  console.log(
    `measured against ${values.labels}: ${cases.length} of its ${otherLabels.size} labels matched a message`
  )
  if (cases.length === 0) process.exit(1)
}

const labels = ['auth', 'dependency', 'metadata', 'limits', 'test', 'coverage', 'transient', 'unknown']
const confusion = new Map()
const misses = []
let correct = 0
const byCertainty = { 'clear-cut': [0, 0], debatable: [0, 0] }
for (const entry of cases) {
  const bytes = new TextEncoder().encode(JSON.stringify(artifactFor(entry)))
  const triage = triageFiles([{ path: 'artifact.json', bytes }], [], { coverageThreshold: 75 })
  const key = `${entry.label}→${triage.primaryCategory}`
  confusion.set(key, (confusion.get(key) ?? 0) + 1)
  const tally = byCertainty[entry.debatable ? 'debatable' : 'clear-cut']
  tally[1]++
  if (triage.primaryCategory === entry.label) {
    correct++
    tally[0]++
  } else
    misses.push({
      id: entry.id,
      label: entry.label,
      got: triage.primaryCategory,
      // The rule that named the primary category, not merely the first finding.
      rule: triage.findings.find(finding => finding.category === triage.primaryCategory)?.ruleId,
      message: entry.message.slice(0, 160)
    })
}

const percent = (hits, total) => `${hits}/${total} = ${total ? ((100 * hits) / total).toFixed(1) : '-'}%`
console.log(`accuracy: ${percent(correct, cases.length)}`)
for (const [certainty, [hits, total]] of Object.entries(byCertainty))
  console.log(`  ${certainty.padEnd(10)} ${percent(hits, total)}`)
console.log()
console.log(`label \\ got`.padEnd(12) + labels.map(label => label.slice(0, 6).padStart(7)).join(''))
for (const label of labels) {
  const row = labels.map(got => String(confusion.get(`${label}→${got}`) ?? '').padStart(7)).join('')
  if (row.trim()) console.log(label.padEnd(12) + row)
}
console.log('\nmisses:')
for (const miss of misses)
  console.log(
    `#${miss.id} ${miss.label} → ${miss.got} (${miss.rule ?? 'no finding'}): ${miss.message.replace(/\s+/g, ' ')}`
  )
