/**
 * A team may keep `--json` output, human-mode logs, JUnit or an old sfdx's JSON: the cause named for a
 * message must not depend on which. Every labelled real message is triaged in each shape and must get
 * the category its canonical JSON gets.
 */
import { expect, it } from '@jest/globals'
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
