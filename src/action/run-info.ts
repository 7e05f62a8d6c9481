/**
 * What the report says about the failed run: read from the `workflow_run` event payload, or from the
 * REST API for `run-id`. Every text field here (branch, title, actor) is attacker-controlled for a
 * fork PR; renderers escape it.
 */
import { z } from 'zod'
import type { RunContext } from '../render/context.js'

const runSchema = z.looseObject({
  id: z.number().int().positive(),
  name: z.string().nullish(),
  run_number: z.number().int().nullish(),
  run_attempt: z.number().int().nullish(),
  head_branch: z.string().nullish(),
  head_sha: z.string().nullish(),
  html_url: z.string().nullish(),
  conclusion: z.string().nullish(),
  event: z.string().nullish(),
  actor: z.looseObject({ login: z.string() }).nullish(),
  triggering_actor: z.looseObject({ login: z.string() }).nullish(),
  head_repository: z.looseObject({ id: z.number(), html_url: z.string().nullish() }).nullish(),
  repository: z.looseObject({ id: z.number(), html_url: z.string().nullish() }).nullish()
})

export type WorkflowRun = z.output<typeof runSchema>

export interface RunInfo {
  id: number
  attempt?: number
  conclusion?: string
  /** True when the run's code came from another repository (a fork PR). */
  fromFork: boolean
  context: RunContext
}

/** The `workflow_run` object of an event payload, or undefined when the payload has none. */
export function workflowRunFromEvent(payload: unknown): WorkflowRun | undefined {
  const parsed = z.looseObject({ workflow_run: runSchema }).safeParse(payload)
  return parsed.success ? parsed.data.workflow_run : undefined
}

export function parseWorkflowRun(value: unknown): WorkflowRun | undefined {
  const parsed = runSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

export function runInfoOf(run: WorkflowRun): RunInfo {
  const repositoryUrl = run.repository?.html_url ?? undefined
  const headRepositoryId = run.head_repository?.id
  const actor = (run.triggering_actor ?? run.actor)?.login
  return {
    id: run.id,
    ...(run.run_attempt ? { attempt: run.run_attempt } : {}),
    ...(run.conclusion ? { conclusion: run.conclusion } : {}),
    fromFork:
      headRepositoryId !== undefined &&
      run.repository?.id !== undefined &&
      headRepositoryId !== run.repository.id,
    context: {
      ...(run.name ? { workflow: run.name } : {}),
      ...(run.run_number ? { runNumber: run.run_number } : {}),
      ...(run.html_url ? { runUrl: run.html_url } : {}),
      ...(run.head_branch ? { branch: run.head_branch } : {}),
      ...(run.head_sha ? { sha: run.head_sha } : {}),
      ...(actor ? { actor } : {}),
      ...(repositoryUrl ? { repositoryUrl } : {})
    }
  }
}
