/**
 * The engine: files in, triage out. Pure — reading paths and writing reports happen at the edges
 * (the command line and the action), so both run exactly this.
 */
import type { InputFile } from './acquire/read-inputs.js'
import { buildTriage } from './classify/build-triage.js'
import { BUILT_IN_RULES } from './classify/registry.js'
import type { Rule } from './classify/rule.js'
import type { SourceRecord } from './model/evidence.js'
import type { Triage } from './model/triage.js'
import { mergeEvidence } from './parse/merge-evidence.js'
import { parseFile } from './parse/parse-file.js'
import { emptyParsedSource } from './model/evidence.js'
import { redactDeep } from './redact.js'

export interface TriageOptions {
  coverageThreshold: number
  /** Evaluated before the built-in catalog. */
  userRules?: readonly Rule[]
}

export const DEFAULT_COVERAGE_THRESHOLD = 75

export function triageFiles(
  files: readonly InputFile[],
  unreadable: readonly SourceRecord[],
  options: TriageOptions
): Triage {
  const parsed = [
    ...files.map(file => parseFile(file.path, file.bytes)),
    ...unreadable.map(emptyParsedSource)
  ]
  // Secrets are removed from what the artifact said before anything is derived from it, so no
  // finding, capture, report or output can carry one.
  const evidence = redactDeep(mergeEvidence(parsed))
  return buildTriage(evidence, {
    rules: [...(options.userRules ?? []), ...BUILT_IN_RULES],
    coverageThreshold: options.coverageThreshold
  })
}
