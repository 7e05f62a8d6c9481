/** Shared by the parseFile suites: fixtures as read from disk and CI step logs built around a line. */
import { parseFile } from '../../src/parse/parse-file.js'
import { bytesOf, fixtureBytes } from '../helpers/fixtures.js'

export const parse = (name: string, folder = 'sf-cli') => parseFile(name, fixtureBytes(folder, name))

/** A CI step log long enough to be read as a build log, not as a saved message (see `SMALL_TEXT_BYTES`). */
export const STEP_NOISE = Array.from({ length: 400 }, (_, index) => `Deploying metadata... ${index}/400`)
export const buildLog = (...lines: string[]) => [...STEP_NOISE, ...lines].join('\n')

/** `sf project deploy validate --json` as it fails: an error envelope whose message holds every reason. */
export function parseValidationError(message: string) {
  return parseFile('v.json', bytesOf(JSON.stringify({ name: 'FailedValidationError', message, exitCode: 1 })))
}
