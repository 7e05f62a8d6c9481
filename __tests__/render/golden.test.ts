/**
 * Golden files: the summary and playbook of each fixture scenario, committed under
 * `__tests__/golden/`, so every change to a report shows up in review. They are compared, never just
 * written; `UPDATE_GOLDEN=1 npm test` rewrites them after an intended change.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../../src/acquire/read-inputs.js'
import { renderPlaybook } from '../../src/render/playbook.js'
import { renderSummary } from '../../src/render/summary.js'
import { triageFiles } from '../../src/triage.js'
import { fixturePath } from '../helpers/fixtures.js'

const goldenFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden')
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const update = process.env['UPDATE_GOLDEN'] === '1'

const SCENARIOS: Record<string, string[]> = {
  'example-artifact': [join(root, 'examples', 'deployment-logs')],
  'deploy-one-component-failure': [fixturePath('sf-cli', 'deploy-one-component-failure.stdout')],
  'deploy-three-component-failures': [fixturePath('sf-cli', 'deploy-three-component-failures.stdout')],
  'deploy-test-failure-and-low-coverage': [
    fixturePath('sf-cli', 'deploy-runlocaltests-test-failure-and-low-coverage.stdout')
  ],
  'deploy-coverage-below-75': [fixturePath('sf-cli', 'deploy-runlocaltests-coverage-below-75.stdout')],
  'deploy-validate-test-failure': [
    fixturePath('sf-cli', 'deploy-validate-runlocaltests-test-failure.stdout')
  ],
  'deploy-unknown-exception': [fixturePath('sf-cli', 'deploy-unknown-exception.stdout')],
  'deploy-session-expired': [fixturePath('sf-cli', 'deploy-session-expired.stdout')],
  'apex-run-test-many-failures': [fixturePath('sf-cli', 'apex-run-test-many-failures.output-dir')],
  'login-jwt-fetch-failed': [
    fixturePath('public', 'generated-sf2.150.6-org-login-jwt.JwtGrantError-fetch-failed.json')
  ],
  'deploy-success': [fixturePath('sf-cli', 'deploy-success.stdout')]
}

function compareWithGolden(name: string, actual: string): void {
  const file = join(goldenFolder, name)
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`${name} has no golden file; run UPDATE_GOLDEN=1 npm test and review it`)
    mkdirSync(goldenFolder, { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe.each(Object.entries(SCENARIOS))('%s', (scenario, paths) => {
  it('renders the summary and playbook it rendered before', async () => {
    const { files, unreadable } = await readInputs(paths)
    // Paths in reports are relative to the scenario, so goldens do not depend on the checkout folder.
    const relative = files.map(file => ({ ...file, path: file.path.replace(`${dirname(paths[0]!)}/`, '') }))
    const triage = triageFiles(relative, unreadable, { coverageThreshold: 75 })
    compareWithGolden(`${scenario}.summary.md`, renderSummary(triage))
    compareWithGolden(`${scenario}.playbook.md`, renderPlaybook(triage))
  })
})
