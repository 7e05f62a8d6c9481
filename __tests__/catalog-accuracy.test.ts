/**
 * The catalog measured on real failure messages from public reports (issues, Q&A threads), each
 * labelled with the category a Salesforce engineer gave it and wrapped in the file the CLI writes.
 * A guard against regressions: a rule change that breaks real messages fails here with the list.
 */
import { expect, it } from '@jest/globals'
import { triageFiles } from '../src/triage.js'
import { artifactFor, readLabelledMessages } from './helpers/artifact-for.js'

const REQUIRED_ACCURACY = 0.9

const messages = readLabelledMessages()

it(`names the labelled category of at least ${REQUIRED_ACCURACY * 100}% of real messages`, () => {
  const misses = messages.flatMap(entry => {
    const bytes = new TextEncoder().encode(JSON.stringify(artifactFor(entry)))
    const triage = triageFiles([{ path: 'artifact.json', bytes }], [], { coverageThreshold: 75 })
    return triage.primaryCategory === entry.label
      ? []
      : [
          `#${entry.id} ${entry.label} → ${triage.primaryCategory} (${triage.findings[0]?.ruleId ?? 'no finding'}): ${entry.message.slice(0, 120)}`
        ]
  })
  const accuracy = 1 - misses.length / messages.length
  if (accuracy < REQUIRED_ACCURACY) console.log(misses.join('\n'))
  expect(messages.length).toBeGreaterThan(1500)
  expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY)
})
