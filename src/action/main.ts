import * as core from '@actions/core'

/**
 * Placeholder until the action issue lands: the engine already runs as `sf-failure-triage` on a logs
 * folder. `setFailed` lives here, the action's one place for it.
 */
export async function run(): Promise<void> {
  core.setFailed('sf-failure-triage: the GitHub Action entry point is not implemented yet; use the command line.')
}
