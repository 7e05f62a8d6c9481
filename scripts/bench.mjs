#!/usr/bin/env node
/**
 * Benchmarks, never run as tests: (1) triage of a ~100 MB artifact against the cost of just reading
 * it, (2) start-up of the bundled action and command line against a bare `node -e ''`.
 * Usage: npm run build && node scripts/bench.mjs [--mb 100] [--failures 20000]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const megabytes = Number(process.argv[process.argv.indexOf('--mb') + 1]) || 100
// Failures in the deploy result: a few hundred is a bad real deploy; 20,000 is a stress case.
const failureCount = Number(process.argv[process.argv.indexOf('--failures') + 1]) || 20_000
const folder = mkdtempSync(join(tmpdir(), 'sft-bench-'))
const artifact = join(folder, 'deployment-logs')
mkdirSync(artifact)

/** A deploy result with many failures, a large log, and a JUnit file: about `megabytes` in all. */
function writeArtifact() {
  const components = Array.from({ length: failureCount }, (_, index) => ({
    componentType: 'ApexClass',
    fullName: `Service${index}`,
    fileName: `classes/Service${index}.cls`,
    problem: index % 2 ? `Variable does not exist: Field${index}__c` : `Missing ';' at '}'`,
    problemType: 'Error',
    lineNumber: (index % 300) + 1,
    columnNumber: 5,
    success: false
  }))
  const failures = Array.from({ length: failureCount }, (_, index) => ({
    name: `Suite${index % 200}Test`,
    methodName: `case${index}`,
    message: `System.AssertException: Assertion Failed: Expected: ${index}, Actual: ${index + 1}`,
    stackTrace: `Class.Suite${index % 200}Test.case${index}: line 10, column 1`
  }))
  const deploy = {
    status: 1,
    result: {
      status: 'Failed',
      success: false,
      numberComponentErrors: components.length,
      details: {
        componentFailures: components,
        runTestResult: { numTestsRun: 2 * failureCount, numFailures: failures.length, failures }
      }
    }
  }
  writeFileSync(join(artifact, 'deploy-result.json'), JSON.stringify(deploy, null, 2))
  const line =
    '2026-11-26T10:00:00.0000000Z Deploying metadata... Components: 1234/5678 (21%) Elapsed time: 12.3s\n'
  const errorLine =
    '2026-11-26T10:00:00.0000000Z ##[error]UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record\n'
  const used = JSON.stringify(deploy).length
  const logLines = Math.max(0, Math.floor((megabytes * 1024 * 1024 - used) / line.length))
  const chunks = []
  for (let index = 0; index < logLines; index++) chunks.push(index % 10_000 === 0 ? errorLine : line)
  writeFileSync(join(artifact, 'deploy.log'), chunks.join(''))
}

function time(label, run, repeat = 3) {
  const samples = []
  for (let index = 0; index < repeat; index++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  const best = Math.min(...samples)
  console.log(`${label.padEnd(44)} ${best.toFixed(0).padStart(7)} ms (best of ${repeat})`)
  return best
}

writeArtifact()
const bytes = Number(execFileSync('du', ['-sb', artifact]).toString().split('\t')[0])
console.log(
  `artifact: ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${failureCount} component and ${failureCount} test failures, in ${artifact}`
)

const node = process.execPath
const readOnce = time('read every file once (node, readFileSync)', () =>
  execFileSync(node, [
    '-e',
    `for (const f of ['deploy-result.json','deploy.log']) require('fs').readFileSync(require('path').join(${JSON.stringify(artifact)}, f))`
  ])
)
const parseOnce = time('read + JSON.parse the deploy result', () =>
  execFileSync(node, [
    '-e',
    `JSON.parse(require('fs').readFileSync(require('path').join(${JSON.stringify(artifact)}, 'deploy-result.json'), 'utf8')); require('fs').readFileSync(require('path').join(${JSON.stringify(artifact)}, 'deploy.log'))`
  ])
)
const triage = time('sf-failure-triage --format json', () =>
  execFileSync(node, ['dist/cli/index.js', '--format', 'json', artifact], { maxBuffer: 1024 * 1024 * 1024 })
)
console.log(
  `triage / read once: ${(triage / readOnce).toFixed(2)}×   triage / read+parse: ${(triage / parseOnce).toFixed(2)}×`
)

const bare = time('start-up: node -e ""', () => execFileSync(node, ['-e', '']), 5)
const smallLogs = join(folder, 'small')
mkdirSync(smallLogs)
writeFileSync(
  join(smallLogs, 'deploy-result.json'),
  readFileSync('examples/deployment-logs/deploy-result.json')
)
const env = {
  ...process.env,
  'INPUT_LOGS-PATH': smallLogs,
  RUNNER_TEMP: folder,
  GITHUB_STEP_SUMMARY: '',
  GITHUB_OUTPUT: ''
}
const action = time(
  'start-up + triage: action with logs-path',
  () => execFileSync(node, ['dist/index.js'], { env }),
  5
)
const cli = time(
  'start-up + triage: command line, one file',
  () => execFileSync(node, ['dist/cli/index.js', smallLogs]),
  5
)
console.log(
  `action / bare node: ${(action / bare).toFixed(1)}×   command line / bare node: ${(cli / bare).toFixed(1)}×`
)
