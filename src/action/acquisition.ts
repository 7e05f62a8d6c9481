/** What getting the logs produced: files to triage, or a problem to explain to the user. */
import type { InputFile } from '../acquire/read-inputs.js'
import type { SourceRecord } from '../model/evidence.js'

export type AcquisitionProblem =
  | { kind: 'artifact-missing'; artifactName: string; runId: number; otherArtifacts: string[] }
  | { kind: 'artifact-expired'; artifactName: string; runId: number; expiredAt?: string }
  | { kind: 'forbidden'; what: string; status: number }
  | { kind: 'download-failed'; artifactName: string; message: string }

export interface Acquisition {
  files: InputFile[]
  unreadable: SourceRecord[]
  problem?: AcquisitionProblem
}

export function describeProblem(problem: AcquisitionProblem): string {
  switch (problem.kind) {
    case 'artifact-missing':
      return `run ${problem.runId} has no artifact named "${problem.artifactName}"`
    case 'artifact-expired':
      return `the artifact "${problem.artifactName}" of run ${problem.runId} expired${problem.expiredAt ? ` on ${problem.expiredAt.slice(0, 10)}` : ''}`
    case 'forbidden':
      return `GitHub refused to ${problem.what} (HTTP ${problem.status}): the token needs "actions: read"`
    case 'download-failed':
      return `the artifact "${problem.artifactName}" could not be downloaded: ${problem.message}`
  }
}
