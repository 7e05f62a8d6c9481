/**
 * When there is nothing to triage, the summary says why and shows the exact fix: the upload step the
 * deploy workflow needs, or the permission to add. Pure, like the other renderers.
 */
import type { AcquisitionProblem } from '../action/acquisition.js'
import { codeBlock, codeSpan, escapeText } from './markdown.js'

export function renderAcquisitionHelp(problem: AcquisitionProblem): string {
  switch (problem.kind) {
    case 'artifact-missing':
      return [
        `### ⚠️ No ${codeSpan(problem.artifactName)} artifact in run ${problem.runId}`,
        problem.otherArtifacts.length > 0
          ? `The run uploaded: ${problem.otherArtifacts.slice(0, 20).map(codeSpan).join(', ')}. Set \`artifact-name\` if one of these holds the deploy logs.`
          : 'The run uploaded no artifacts at all.',
        'Upload the deploy output even when the deploy fails — `if: always()` is what makes the artifact exist for a failed run:',
        codeBlock(uploadSteps(problem.artifactName))
      ].join('\n\n')
    case 'artifact-expired':
      return [
        `### ⚠️ The ${codeSpan(problem.artifactName)} artifact of run ${problem.runId} has expired${problem.expiredAt ? ` (on ${escapeText(problem.expiredAt.slice(0, 10))})` : ''}`,
        'GitHub deletes artifacts after the retention period (90 days unless the repository sets less). Re-run the deploy to triage it again, or keep deploy logs longer:',
        codeBlock(
          `- uses: actions/upload-artifact@v4\n  if: always()\n  with:\n    name: ${problem.artifactName}\n    path: deploy-logs/\n    retention-days: 90`
        )
      ].join('\n\n')
    case 'forbidden':
      return [
        `### ⚠️ GitHub refused to ${escapeText(problem.what)} (HTTP ${problem.status})`,
        'The token this action uses needs to read Actions data. Add this to the triage workflow (or job):',
        codeBlock(
          "permissions:\n  actions: read    # list and download the failed run's artifacts and jobs\n  contents: read"
        )
      ].join('\n\n')
    case 'download-failed':
      return [
        `### ⚠️ The ${codeSpan(problem.artifactName)} artifact could not be downloaded`,
        escapeText(problem.message),
        'This is usually temporary (blob storage timeouts): re-run this workflow.'
      ].join('\n\n')
  }
}

function uploadSteps(artifactName: string): string {
  return [
    '- name: Deploy',
    '  run: |',
    '    mkdir -p deploy-logs',
    '    sf project deploy start --source-dir force-app --target-org ci --test-level RunLocalTests \\',
    '      --json > deploy-logs/deploy-result.json',
    '- name: Upload deploy logs',
    '  if: always()',
    '  uses: actions/upload-artifact@v4',
    '  with:',
    `    name: ${artifactName}`,
    '    path: deploy-logs/'
  ].join('\n')
}
