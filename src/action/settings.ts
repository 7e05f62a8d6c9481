/**
 * The one place that reads the action's inputs and environment. Everything is validated into a typed
 * settings object up front, so a typo is one clear error naming the input, not a failure halfway in.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { workflowRunFromEvent, type WorkflowRun } from './run-info.js'

export interface ActionSettings {
  token: string
  /** Where the logs come from: local paths, or an artifact of a run. */
  source: { kind: 'paths'; paths: string[] } | { kind: 'artifact'; runId: number; artifactName: string }
  repository: { owner: string; repo: string }
  apiUrl: string
  serverUrl: string
  coverageThreshold: number
  outputDir: string
  /** A fresh folder under RUNNER_TEMP for the downloaded artifact; never the workspace. */
  downloadDir: string
  rulesFile?: string
  failOnError: boolean
  /** The triggering `workflow_run`, when the event was one. */
  eventRun?: WorkflowRun
}

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** `getInput` as `@actions/core` defines it: trimmed, '' when unset. */
export type InputReader = (name: string) => string

const booleanInput = (name: string) =>
  z
    .string()
    .transform(value => value.trim().toLowerCase())
    .refine(value => ['', 'true', 'false'].includes(value), `input "${name}" must be true or false`)
    .transform(value => value === 'true')

const positiveInteger = (name: string) =>
  z
    .string()
    .refine(
      value => /^\d+$/.test(value) && Number(value) > 0,
      `input "${name}" must be a run id (a positive whole number)`
    )
    .transform(Number)

export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): ActionSettings {
  const runnerTemp = env['RUNNER_TEMP'] || join(env['TMPDIR'] || '/tmp')
  const repository = parseRepository(env['GITHUB_REPOSITORY'])
  const eventRun = readEventRun(env)
  const logsPath = input('logs-path')
  const runIdText = input('run-id')
  const threshold = Number(input('coverage-threshold') || '75')
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new SettingsError(
      `input "coverage-threshold" must be a number from 0 to 100; got "${input('coverage-threshold')}"`
    )
  }
  const artifactName = input('artifact-name') || 'deployment-logs'
  if (/[\\/:*?"<>|\r\n]/.test(artifactName)) {
    throw new SettingsError(
      `input "artifact-name" must be an artifact name, without / \\ : * ? " < > |; got "${artifactName}"`
    )
  }

  const source: ActionSettings['source'] = logsPath
    ? { kind: 'paths', paths: splitList(logsPath) }
    : {
        kind: 'artifact',
        runId: runIdText ? parse(positiveInteger('run-id'), runIdText) : runIdOf(eventRun, env),
        artifactName
      }

  const rulesFile = input('rules-file')
  return {
    token: input('github-token'),
    source,
    repository,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/$/, ''),
    coverageThreshold: threshold,
    outputDir: input('output-dir') || join(runnerTemp, `sf-failure-triage-${randomUUID()}`),
    downloadDir: join(runnerTemp, `sf-failure-triage-download-${randomUUID()}`),
    ...(rulesFile ? { rulesFile } : {}),
    failOnError: parse(booleanInput('fail-on-error'), input('fail-on-error')),
    ...(eventRun ? { eventRun } : {})
  }
}

function parse<T>(schema: z.ZodType<T, string>, value: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new SettingsError(result.error.issues[0]?.message ?? 'invalid input')
  return result.data
}

function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(Boolean)
}

function parseRepository(value: string | undefined): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (value ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    return { owner: '', repo: '' }
  }
  return { owner, repo }
}

/** The payload the runner wrote for this event; unreadable or absent means "no event run". */
function readEventRun(env: NodeJS.ProcessEnv): WorkflowRun | undefined {
  const path = env['GITHUB_EVENT_PATH']
  if (env['GITHUB_EVENT_NAME'] !== 'workflow_run' || !path) return undefined
  try {
    return workflowRunFromEvent(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return undefined
  }
}

function runIdOf(eventRun: WorkflowRun | undefined, env: NodeJS.ProcessEnv): number {
  if (eventRun) return eventRun.id
  throw new SettingsError(
    `no run to triage: set input "run-id", or "logs-path" for local files, or trigger this workflow on workflow_run (this event is "${env['GITHUB_EVENT_NAME'] ?? 'unknown'}")`
  )
}
