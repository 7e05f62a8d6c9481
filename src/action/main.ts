/**
 * The action: settings → logs (local paths, or the failed run's artifact) → triage → summary, outputs
 * and files. `setFailed` is called here and nowhere else. Problems getting the logs are explained in
 * the summary and are warnings, unless `fail-on-error` asks for a red step.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { readInputs } from '../acquire/read-inputs.js'
import { parseUserRules } from '../classify/user-rules.js'
import type { Rule } from '../classify/rule.js'
import { renderAcquisitionHelp } from '../render/acquisition-help.js'
import type { RunContext } from '../render/context.js'
import { triageFiles } from '../triage.js'
import { describeProblem, type Acquisition } from './acquisition.js'
import { publish } from './publish.js'
import { runInfoOf } from './run-info.js'
import { readSettings, type ActionSettings } from './settings.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings(name => core.getInput(name), process.env)
    const problem = await triageAndPublish(settings)
    if (problem && settings.failOnError) throw new Error(problem)
    if (problem) core.warning(problem)
  } catch (error) {
    core.setFailed(`sf-failure-triage: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Returns a one-line description of what went wrong getting the logs, if anything did. */
async function triageAndPublish(settings: ActionSettings): Promise<string | undefined> {
  const userRules = settings.rulesFile ? await loadRules(settings.rulesFile) : []
  const { acquisition, context } = await acquire(settings)
  const triage = triageFiles(acquisition.files, acquisition.unreadable, {
    coverageThreshold: settings.coverageThreshold,
    userRules
  })
  const notice = acquisition.problem ? renderAcquisitionHelp(acquisition.problem) : undefined
  const paths = await publish(triage, context, settings.outputDir, notice)
  // The headline quotes the artifact; on one line behind our own prefix it cannot start a workflow command.
  core.info(`${triage.primaryCategory}: ${triage.headline.replace(/\s+/g, ' ')}`)
  core.info(`Reports: ${paths.summaryPath}, ${paths.playbookPath}, ${paths.reportPath}`)
  return acquisition.problem ? describeProblem(acquisition.problem) : undefined
}

async function acquire(settings: ActionSettings): Promise<{ acquisition: Acquisition; context: RunContext }> {
  const eventContext = settings.eventRun ? runInfoOf(settings.eventRun).context : {}
  if (settings.source.kind === 'paths') {
    return { acquisition: await readInputs(settings.source.paths), context: eventContext }
  }
  // Only a run fetched from GitHub needs Octokit and the artifact client: load them now, not at start-up.
  const { createGitHubRunSource } = await import('./github-run-source.js')
  const github = createGitHubRunSource(settings)
  const { runId, artifactName } = settings.source
  const eventInfo = settings.eventRun?.id === runId ? runInfoOf(settings.eventRun) : undefined
  const [info, acquisition] = await Promise.all([
    eventInfo ?? github.describeRun(runId),
    github.fetchArtifact(runId, artifactName)
  ])
  const failed = await github.failedStep(runId, info?.attempt)
  const context: RunContext = {
    ...(info?.context ?? {}),
    ...(failed.job ? { failedJob: failed.job } : {}),
    ...(failed.step ? { failedStep: failed.step } : {})
  }
  return { acquisition, context }
}

async function loadRules(path: string): Promise<Rule[]> {
  return parseUserRules(await readFile(path, 'utf8'), path)
}
