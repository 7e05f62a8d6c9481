/**
 * The category a Salesforce engineer would give each real CLI output we hold. A file in which
 * nothing failed (a passing run, an async deploy id, a fragment with no failure in it) is
 * `unknown`: there is no cause to name. So is a command run outside the project: it stopped before
 * the org saw anything.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { triageFiles } from '../src/triage.js'
import { fixtureBytes, fixturePath } from './helpers/fixtures.js'
import type { Category } from '../src/model/triage.js'

const SF_CLI: ReadonlyArray<readonly [string, Category]> = [
  ['apex-run-test-all-pass.stdout', 'unknown'],
  ['apex-run-test-failures-low-coverage.stdout', 'test'],
  ['apex-run-test-many-failures.human.stdout', 'test'],
  ['apex-run-test-many-failures.junit-format.stdout', 'test'],
  ['apex-run-test-many-failures.stdout', 'test'],
  ['apex-run-test-no-such-org.stdout', 'auth'],
  ['apex-run-test-no-wait-returns-run-id.stdout', 'unknown'],
  ['apex-run-test-org-has-no-tests.stdout', 'test'],
  ['apex-run-test-pass-low-coverage.stdout', 'coverage'],
  ['apex-run-test-session-expired.stdout', 'auth'],
  ['apex-run-test-synchronous-one-class.stdout', 'test'],
  ['deploy-async.stdout', 'unknown'],
  ['deploy-dry-run-one-component-failure.stdout', 'metadata'],
  ['deploy-ignore-errors-partial-success.stdout', 'metadata'],
  ['deploy-one-component-failure-no-source-dir-flag.stdout', 'metadata'],
  ['deploy-one-component-failure.human.stdout', 'metadata'],
  ['deploy-one-component-failure.stdout', 'metadata'],
  ['deploy-report-in-progress.stdout', 'unknown'],
  ['deploy-report-one-component-failure.stdout', 'metadata'],
  ['deploy-rest-one-component-failure-org-sends-bare-object.stdout', 'metadata'],
  ['deploy-rest-one-component-failure.stdout', 'metadata'],
  ['deploy-runlocaltests-coverage-below-75.stdout', 'coverage'],
  ['deploy-runlocaltests-test-failure-and-low-coverage.human.stderr', 'coverage'],
  ['deploy-runlocaltests-test-failure-and-low-coverage.human.stdout', 'test'],
  ['deploy-runlocaltests-test-failure-and-low-coverage.stdout', 'test'],
  ['deploy-runlocaltests-test-failure-junit-coverage.stdout', 'test'],
  ['deploy-session-expired.stdout', 'auth'],
  ['deploy-start-no-such-org.stdout', 'auth'],
  ['deploy-start-not-a-project-with-org.stdout', 'unknown'],
  ['deploy-start-not-a-project.stdout', 'auth'],
  ['deploy-success.stdout', 'unknown'],
  // Two compile errors in the code itself: a missing ';' and an undeclared local variable (`nope`).
  ['deploy-three-component-failures.stdout', 'metadata'],
  ['deploy-unknown-exception.stdout', 'transient'],
  ['deploy-validate-one-component-failure.stdout', 'metadata'],
  ['deploy-validate-runlocaltests-test-failure.stdout', 'test'],
  ['deploy-wait-timeout.stdout', 'transient'],
  ['login-access-token-fake-org.stdout', 'unknown'],
  ['login-access-token-instance-returns-404.stdout', 'auth'],
  ['login-access-token-session-invalid.stdout', 'auth'],
  ['login-sfdx-url-closed-port.stdout', 'auth'],
  ['login-sfdx-url-malformed.stdout', 'auth']
]

const PUBLIC: ReadonlyArray<readonly [string, Category]> = [
  ['derived-deploy-junit.xml.from-libak-test-failure.xml', 'test'],
  ['fixture-apex-node-junit-with-failures.testResults.ts.excerpt.xml', 'test'],
  ['fixture-apex-node-writeResultFiles.snapshots.snap.txt', 'unknown'],
  ['generated-sf2.150.6-apex-run-test.DomainNotFoundError-exit2.json', 'auth'],
  ['generated-sf2.150.6-apex-run-test.NamedOrgNotFoundError-exit2.json', 'auth'],
  ['generated-sf2.150.6-org-display.AuthDecryptError-exit2.json', 'auth'],
  ['generated-sf2.150.6-org-login-jwt.JwtGrantError-ENOENT.json', 'auth'],
  ['generated-sf2.150.6-org-login-jwt.JwtGrantError-fetch-failed.json', 'auth'],
  ['generated-sf2.150.6-org-login-sfdx-url.INVALID_SFDX_AUTH_URL.json', 'auth'],
  ['generated-sf2.150.6-org-login-sfdx-url.RefreshTokenAuthError-ENOTFOUND-exit10.json', 'auth'],
  ['generated-sf2.150.6-project-deploy-start.AuthDecryptError-exit2.json', 'auth'],
  ['generated-sf2.150.6-project-deploy-start.DomainNotFoundError-exit2.json', 'auth'],
  ['generated-sf2.150.6-project-deploy-start.NamedOrgNotFoundError-exit2.json', 'auth'],
  ['generated-sf2.150.6-project-deploy-start.NoDefaultEnvError.json', 'auth'],
  ['generated-sf2.150.6-project-deploy-start.TypeError-fetch-failed-exit10.json', 'transient'],
  ['generated-sf2.150.6-project-deploy-validate.TypeError-fetch-failed-exit10.json', 'transient'],
  ['legacy-jsforce1-deploy-status-failed-single-componentFailure.source-tracking-README.json', 'dependency'],
  [
    'legacy-jsforce1-mdapi-deploy-result-json.string-booleans.shane-sfdx-plugins-issue104.excerpt.txt',
    'unknown'
  ],
  ['legacy-sfdx-force-apex-test-run-json.no-tests-2021.salesforcedx-apex-issue152.json', 'unknown'],
  [
    'legacy-sfdx-force-apex-test-run.output-dir-test-result-codecoverage.2021.sfpowerscripts-fixture.json',
    'unknown'
  ],
  [
    'legacy-sfdx-force-apex-test-run.output-dir-test-result.2021-with-attributes.sfpowerscripts-fixture.json',
    'unknown'
  ],
  ['legacy-sfdx-force-org-display-json.InvalidEncryptedFormatError.cli-issue-1314.excerpt.txt', 'auth'],
  ['legacy-sfdx-force-source-push-json.DeployFailed-toolbelt.plugin-source-pr450.excerpt.txt', 'metadata'],
  ['sf-apex-run-test-json-code-coverage.passing-aggregate-only.mdapi-issues-README.json', 'unknown'],
  ['sf-apex-run-test-json.ERROR_HTTP_431.cli-issue-2337.excerpt.txt', 'limits'],
  ['sf-apex-run-test-json.failing-status100.rust-wrapper-fixture.json', 'test'],
  ['sf-apex-run-test-junit.passing.forcedotcom-agents-comment.xml', 'unknown'],
  ['sf-project-deploy-start-dry-run-json.component-failure.libak.json', 'metadata'],
  ['sf-project-deploy-start-dry-run-json.coverage-warnings.libak.json', 'coverage'],
  ['sf-project-deploy-start-dry-run-json.test-failure.libak.json', 'test'],
  ['sf-project-deploy-start-json.component-failure-numberFiles-string.2026-evidence-doc.json', 'dependency'],
  [
    'sf-project-deploy-start-json.success-componentFailures-empty-array-last.rust-wrapper-fixture.json',
    'unknown'
  ],
  [
    'sf-project-deploy-validate-json.FailedValidationError-test-failure-empty-reason.cli-issue-2952.excerpt.txt',
    'coverage'
  ],
  ['sf-project-deploy-validate-json.FailedValidationError.cli-issue-2561.excerpt.txt', 'unknown']
]

function primaryCategoryOf(folder: string, name: string): Category {
  const files = [{ path: name, bytes: fixtureBytes(folder, name) }]
  return triageFiles(files, [], { coverageThreshold: 75 }).primaryCategory
}

describe.each([
  ...SF_CLI.map(([name, category]) => ['sf-cli', name, category] as const),
  ...PUBLIC.map(([name, category]) => ['public', name, category] as const)
])('%s/%s', (folder, name, category) => {
  it(`is ${category}`, () => {
    expect(primaryCategoryOf(folder, name)).toBe(category)
  })
})

it('names a category for every output file we hold', () => {
  const outputs = (folder: string, keep: RegExp) =>
    readdirSync(fixturePath(folder))
      .filter(name => keep.test(name) && statSync(fixturePath(folder, name)).isFile())
      .sort()
  expect(SF_CLI.map(([name]) => name).sort()).toEqual(outputs('sf-cli', /\.(?:stdout|stderr)$/))
  expect(PUBLIC.map(([name]) => name).sort()).toEqual(outputs('public', /^(?!SOURCES\.md$)/))
})
