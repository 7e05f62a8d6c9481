/**
 * Everything the action asks GitHub: the run, its jobs, its artifact. Loaded only when a run has to
 * be fetched (a `logs-path` run never pays for Octokit or the artifact client). Octokit retries
 * transient errors and waits out rate limits.
 */
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { mkdir } from 'node:fs/promises'
import { readInputs, type InputLimits } from '../acquire/read-inputs.js'
import type { Acquisition } from './acquisition.js'
import { parseWorkflowRun, runInfoOf, type RunInfo } from './run-info.js'
import type { ActionSettings } from './settings.js'

const MAX_RATE_LIMIT_RETRIES = 2

export interface FailedStep {
  job?: string
  step?: string
}

export interface RunSource {
  describeRun(runId: number): Promise<RunInfo | undefined>
  failedStep(runId: number, attempt?: number): Promise<FailedStep>
  fetchArtifact(runId: number, artifactName: string, limits?: InputLimits): Promise<Acquisition>
}

/** Waits out GitHub's rate limits a couple of times, saying so, then gives up. */
function retryRateLimit(kind: string) {
  return (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => {
    core.warning(`GitHub ${kind} reached; retrying in ${retryAfter} s`)
    return retryCount < MAX_RATE_LIMIT_RETRIES
  }
}

export function createGitHubRunSource(settings: ActionSettings): RunSource {
  const octokit = getOctokit(
    settings.token,
    {
      baseUrl: settings.apiUrl,
      throttle: {
        onRateLimit: retryRateLimit('rate limit'),
        onSecondaryRateLimit: retryRateLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
  const { owner, repo } = settings.repository

  return {
    async describeRun(runId) {
      try {
        const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })
        const run = parseWorkflowRun(data)
        return run ? runInfoOf(run) : undefined
      } catch (error) {
        core.warning(`Could not read run ${runId}: ${messageOf(error)}`)
        return undefined
      }
    },

    async failedStep(runId, attempt) {
      try {
        const jobs = attempt
          ? await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
              owner,
              repo,
              run_id: runId,
              attempt_number: attempt,
              per_page: 100
            })
          : await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
              owner,
              repo,
              run_id: runId,
              filter: 'latest',
              per_page: 100
            })
        const job = jobs.find(candidate => candidate.conclusion === 'failure')
        const step = job?.steps?.find(candidate => candidate.conclusion === 'failure')
        return { ...(job ? { job: job.name } : {}), ...(step ? { step: step.name } : {}) }
      } catch (error) {
        core.warning(`Could not list the jobs of run ${runId}: ${messageOf(error)}`)
        return {}
      }
    },

    async fetchArtifact(runId, artifactName, limits) {
      let artifacts
      try {
        artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          per_page: 100
        })
      } catch (error) {
        const status = statusOf(error)
        if (status === 403 || status === 404) {
          return {
            files: [],
            unreadable: [],
            problem: { kind: 'forbidden', what: `list the artifacts of run ${runId}`, status }
          }
        }
        throw error
      }
      // Re-runs upload again under the same name: the newest (highest id) is the one that failed last.
      const named = artifacts.filter(artifact => artifact.name === artifactName).sort((a, b) => b.id - a.id)
      const artifact = named.find(candidate => !candidate.expired) ?? named[0]
      if (!artifact) {
        const otherArtifacts = [...new Set(artifacts.map(other => other.name))]
        return {
          files: [],
          unreadable: [],
          problem: { kind: 'artifact-missing', artifactName, runId, otherArtifacts }
        }
      }
      if (artifact.expired) {
        return {
          files: [],
          unreadable: [],
          problem: {
            kind: 'artifact-expired',
            artifactName,
            runId,
            ...(artifact.expires_at ? { expiredAt: artifact.expires_at } : {})
          }
        }
      }
      return download(settings, runId, artifact.id, artifactName, limits)
    }
  }
}

/**
 * The zip is saved as it is (`skipDecompress`) and read by our own capped reader: the toolkit's
 * extractor has no limits on size or entry count, and the artifact may come from a fork.
 */
async function download(
  settings: ActionSettings,
  runId: number,
  artifactId: number,
  artifactName: string,
  limits?: InputLimits
): Promise<Acquisition> {
  await mkdir(settings.downloadDir, { recursive: true })
  try {
    await new DefaultArtifactClient().downloadArtifact(artifactId, {
      path: settings.downloadDir,
      skipDecompress: true,
      findBy: {
        token: settings.token,
        workflowRunId: runId,
        repositoryOwner: settings.repository.owner,
        repositoryName: settings.repository.repo
      }
    })
  } catch (error) {
    if (statusOf(error) === 410 || /\b410\b/.test(messageOf(error))) {
      return { files: [], unreadable: [], problem: { kind: 'artifact-expired', artifactName, runId } }
    }
    return {
      files: [],
      unreadable: [],
      problem: { kind: 'download-failed', artifactName, message: messageOf(error) }
    }
  }
  const { files, unreadable } = await readInputs([settings.downloadDir], limits)
  // The folder holds one zip; report paths inside it, as the deploy workflow named them.
  const insideZip = (path: string) => path.split('/').slice(1).join('/') || path
  return {
    files: files.map(file => ({ ...file, path: insideZip(file.path) })),
    unreadable: unreadable.map(record => ({ ...record, path: insideZip(record.path) }))
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : undefined
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
