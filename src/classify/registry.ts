/**
 * The built-in catalog, in evaluation order. The first rule that matches a message names its cause,
 * so the order encodes what wins when a message fits more than one family: cascades unwrap first; a
 * fault while polling an accepted request is transient even in auth's words; auth and governor limits
 * are unambiguous; transient faults (a row lock inside a test) outrank the test that merely observed
 * them; a failed assertion is the test's verdict whatever it quotes; a missing field outranks the
 * compile error that reports it; rules that can only say where the cause is written come next, and
 * catch-alls last.
 */
import type { Rule } from './rule.js'
import { authRules } from './rules/auth/index.js'
import { cascadeRules } from './rules/cascade/index.js'
import { coverageRules } from './rules/coverage/index.js'
import { dependencyRules } from './rules/dependency/index.js'
import { fallbackRules } from './rules/fallback/index.js'
import { limitsRules } from './rules/limits/index.js'
import { metadataRules } from './rules/metadata/index.js'
import { assertionRules, testRules } from './rules/test/index.js'
import { midRequestRules, transientRules } from './rules/transient/index.js'
import { unknownRules } from './rules/unknown/index.js'

export const BUILT_IN_RULES: readonly Rule[] = [
  ...cascadeRules,
  ...midRequestRules,
  ...authRules,
  ...limitsRules,
  ...transientRules,
  ...assertionRules,
  ...dependencyRules,
  ...metadataRules,
  ...testRules,
  ...coverageRules,
  ...unknownRules,
  ...fallbackRules
]

/** Family folders, in the order above; the integrity test checks every rule lives in its family's folder. */
export const RULE_FAMILIES = {
  cascade: cascadeRules,
  auth: authRules,
  limits: limitsRules,
  transient: [...midRequestRules, ...transientRules],
  dependency: dependencyRules,
  metadata: metadataRules,
  test: [...assertionRules, ...testRules],
  coverage: coverageRules,
  unknown: unknownRules,
  fallback: fallbackRules
} as const satisfies Record<string, readonly Rule[]>
