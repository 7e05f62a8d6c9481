/**
 * The built action (`dist/index.js`) run as the runner runs it: a child process with `INPUT_*`, the
 * `workflow_run` event payload, `GITHUB_STEP_SUMMARY`, `GITHUB_OUTPUT`, `RUNNER_TEMP`, and
 * `GITHUB_API_URL` pointing at a fake GitHub on 127.0.0.1. `E2E_NODE` picks the Node binary (CI runs
 * this on Node 20 and Node 24).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import yazl from 'yazl'
import { readInputs } from '../../src/acquire/read-inputs.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fake-github.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const node = process.env['E2E_NODE'] || process.execPath
const exampleFolder = join(root, 'examples', 'deployment-logs')

async function exampleZip(): Promise<Buffer> {
  const { files } = await readInputs([exampleFolder])
  const zip = new yazl.ZipFile()
  for (const file of files) zip.addBuffer(Buffer.from(file.bytes), file.path)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function workflowRunEvent(runId: number) {
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'Production Deploy',
      run_number: 87,
      run_attempt: 1,
      event: 'push',
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'main',
      head_sha: 'c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe',
      html_url: `https://github.com/acme/payments-org/actions/runs/${runId}`,
      display_title: 'Add @everyone region field <img src=x>',
      actor: { login: 'dana-dev' },
      triggering_actor: { login: 'dana-dev' },
      pull_requests: [],
      repository: { id: 1, full_name: 'acme/payments-org', html_url: 'https://github.com/acme/payments-org' },
      head_repository: { id: 1, full_name: 'acme/payments-org' }
    },
    repository: { id: 1, full_name: 'acme/payments-org' }
  }
}

interface ActionRun {
  code: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
}

async function runAction(
  inputs: Record<string, string>,
  options: { api?: FakeGitHub; event?: unknown } = {}
): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'sft-e2e-'))
  const summaryFile = join(temp, 'summary.md')
  const outputFile = join(temp, 'output.txt')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: 'acme/payments-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_ACTIONS: 'true',
    'INPUT_GITHUB-TOKEN': 'ghs_faketoken0000000000000000000000000000',
    'INPUT_ARTIFACT-NAME': 'deployment-logs',
    'INPUT_COVERAGE-THRESHOLD': '75',
    'INPUT_FAIL-ON-ERROR': 'false'
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  if (options.event) {
    const eventPath = join(temp, 'event.json')
    writeFileSync(eventPath, JSON.stringify(options.event))
    env['GITHUB_EVENT_NAME'] = 'workflow_run'
    env['GITHUB_EVENT_PATH'] = eventPath
  } else {
    env['GITHUB_EVENT_NAME'] = 'workflow_dispatch'
  }
  const child = spawn(node, [join(root, 'dist', 'index.js')], { env, cwd: temp })
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stdout += chunk))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    code,
    stdout,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8'))
  }
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

const RUN_ID = 4242
const baseRepo = (artifacts: FakeRepo['artifacts']): FakeRepo => ({
  owner: 'acme',
  repo: 'payments-org',
  runId: RUN_ID,
  artifacts,
  jobs: [
    { name: 'validate', conclusion: 'success', steps: [{ name: 'Checkout', conclusion: 'success' }] },
    {
      name: 'deploy',
      conclusion: 'failure',
      steps: [
        { name: 'Install sf', conclusion: 'success' },
        { name: 'Deploy to Production', conclusion: 'failure' },
        { name: 'Upload logs', conclusion: 'success' }
      ]
    }
  ]
})

let api: FakeGitHub | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

describe(`the built action on ${node === process.execPath ? `Node ${process.version}` : node}`, () => {
  it('triages the failed run of a workflow_run event from its artifact', async () => {
    api = await startFakeGitHub(
      baseRepo([
        { id: 11, name: 'deployment-logs', zip: await exampleZip() },
        { id: 12, name: 'coverage', zip: Buffer.alloc(0) }
      ])
    )
    const result = await runAction({}, { api, event: workflowRunEvent(RUN_ID) })
    expect(result.code).toBe(0)
    expect(result.outputs['category']).toBe('dependency')
    expect(result.outputs['failed-tests']).toContain('RegionServiceTest.assignsEmea')
    expect(result.outputs['failed-components']).toContain('ApexClass:RegionService')
    expect(readFileSync(result.outputs['report-path']!, 'utf8')).toContain('"schemaVersion": 1')
    expect(result.summary).toMatch(/^## ❌ Deploy failed — Missing dependency/)
    expect(result.summary).toContain('Region__c')
    expect(result.summary).toContain('failed at step **Deploy to Production**')
    expect(result.summary).toContain(
      '[`force-app/main/default/classes/RegionService.cls:14`](https://github.com/acme/payments-org/blob/c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe/force-app/main/default/classes/RegionService.cls#L14)'
    )
    expect(api.requests).toEqual(
      expect.arrayContaining([
        expect.stringMatching(`^GET /repos/acme/payments-org/actions/runs/${RUN_ID}/artifacts`),
        'GET /repos/acme/payments-org/actions/artifacts/11/zip',
        expect.stringMatching(/^GET \/blob\/11\/deployment-logs\.zip/),
        expect.stringMatching(`^GET /repos/acme/payments-org/actions/runs/${RUN_ID}/(?:attempts/1/)?jobs`)
      ])
    )
  })

  it('explains an expired artifact and exits 0', async () => {
    api = await startFakeGitHub(baseRepo([{ id: 11, name: 'deployment-logs', expired: true }]))
    const result = await runAction({}, { api, event: workflowRunEvent(RUN_ID) })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('has expired (on 2026-10-30)')
    expect(result.stdout).toMatch(/::warning::.*expired on 2026-10-30/)
    expect(api.requests.some(request => request.includes('/zip'))).toBe(false)
  })

  it('reads a 410 on download as expired', async () => {
    api = await startFakeGitHub(baseRepo([{ id: 11, name: 'deployment-logs', gone: true }]))
    const result = await runAction({ 'run-id': String(RUN_ID) }, { api })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('has expired')
  })

  it('shows the upload step when the artifact is missing, and fails only with fail-on-error', async () => {
    api = await startFakeGitHub(baseRepo([{ id: 12, name: 'coverage', zip: Buffer.alloc(0) }]))
    const lenient = await runAction({}, { api, event: workflowRunEvent(RUN_ID) })
    expect(lenient.code).toBe(0)
    expect(lenient.summary).toContain('No `deployment-logs` artifact in run 4242')
    expect(lenient.summary).toContain('if: always()')
    expect(lenient.summary).toContain('The run uploaded: `coverage`')
    const strict = await runAction({ 'fail-on-error': 'true' }, { api, event: workflowRunEvent(RUN_ID) })
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(
      /::error::sf-failure-triage: run 4242 has no artifact named "deployment-logs"/
    )
  })

  it('names the permission when GitHub refuses the listing', async () => {
    api = await startFakeGitHub({ ...baseRepo([]), listStatus: 403 })
    const result = await runAction({}, { api, event: workflowRunEvent(RUN_ID) })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('actions: read')
  })

  it('works with logs-path and no API at all', async () => {
    const result = await runAction({ 'logs-path': exampleFolder })
    expect(result.code).toBe(0)
    expect(result.outputs['category']).toBe('dependency')
    expect(result.outputs['org-coverage']).toBe('72')
    expect(result.summary).toContain('Region__c')
  })

  it('fails with one clear line on a bad input', async () => {
    const result = await runAction({ 'logs-path': exampleFolder, 'coverage-threshold': 'high' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::sf-failure-triage: input "coverage-threshold" must be a number from 0 to 100; got "high"'
    )
    expect(result.stdout).not.toMatch(/\n\s+at /)
  })
})

describe('the bundle', () => {
  it('keeps Octokit and the artifact client out of the entry chunk, so a logs-path run never loads them', () => {
    const entry = readFileSync(join(root, 'dist', 'index.js'), 'utf8')
    expect(entry).not.toContain('DefaultArtifactClient')
    expect(entry).not.toMatch(/plugin-throttling|octokit\/plugin-retry/)
    // The GitHub edge arrives as a lazily loaded chunk.
    expect(entry).toMatch(/__nccwpck_require__\.e\(\d+\)/)
  })
})
