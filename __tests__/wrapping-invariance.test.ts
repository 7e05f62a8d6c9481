/**
 * A team may keep `--json` output, human-mode logs, JUnit or an old sfdx's JSON: the cause named for a
 * message must not depend on which. Every labelled real message is triaged in each shape and must get
 * the category its canonical JSON gets.
 */
import { expect, it } from '@jest/globals'
import { BUILT_IN_RULES } from '../src/classify/registry.js'
import { triageFiles } from '../src/triage.js'
import { artifactFor, artifactVariantsFor, readLabelledMessages } from './helpers/artifact-for.js'
import { bytesOf } from './helpers/fixtures.js'

const messages = readLabelledMessages()

function primaryCategory(path: string, content: string) {
  return triageFiles([{ path, bytes: bytesOf(content) }], [], { coverageThreshold: 75 }).primaryCategory
}

it('names the same category whichever file the CLI wrote the message to', () => {
  let compared = 0
  const differences = messages.flatMap(entry => {
    const canonical = primaryCategory('artifact.json', JSON.stringify(artifactFor(entry)))
    return artifactVariantsFor(entry).flatMap(variant => {
      compared++
      const category = primaryCategory(variant.path, variant.content)
      return category === canonical
        ? []
        : [`#${entry.id} as ${variant.kind}: ${category}, not ${canonical}: ${entry.message.slice(0, 100)}`]
    })
  })
  expect(compared).toBeGreaterThan(1000)
  expect(differences).toEqual([])
})

it('names the same category for a message saved on its own in a text file, when a log line can show it', () => {
  // A catch-all, or a rule that reads only components, tests or CLI errors, needs to know where the
  // message came from, which a bare line cannot say; every other cause should survive the loss of its
  // wrapping.
  const readsLogs = new Set(
    BUILT_IN_RULES.filter(rule => !rule.catchAll && rule.surfaces.includes('log')).map(rule => rule.id)
  )
  let compared = 0
  const differences = messages.flatMap(entry => {
    const canonical = triageFiles(
      [{ path: 'artifact.json', bytes: bytesOf(JSON.stringify(artifactFor(entry))) }],
      [],
      { coverageThreshold: 75 }
    )
    const namedBy = canonical.findings.find(finding => finding.category === canonical.primaryCategory)
    if (!namedBy || !readsLogs.has(namedBy.ruleId)) return []
    compared++
    const saved = primaryCategory('message.txt', `${entry.message}\n`)
    return saved === canonical.primaryCategory
      ? []
      : [`#${entry.id} (${namedBy.ruleId}): ${saved}, not ${canonical.primaryCategory}`]
  })
  expect(compared).toBeGreaterThan(1000)
  // 1.8% differ today: an HTML page, JSON cut out of a thread, a message wrapped over lines only read
  // as one piece.
  if (differences.length / compared >= 0.025) console.log(differences.join('\n'))
  expect(differences.length / compared).toBeLessThan(0.025)
})
