/**
 * The shape of a catalog rule. A rule is data: it reads nothing and calls nothing, so the engine
 * can evaluate built-in and user rules the same way, and tests can check each one in isolation.
 */
import type { Surface } from '../model/evidence.js'
import type { Category } from '../model/triage.js'

export interface Rule {
  /** Kebab-case; equals the file name of a built-in rule. */
  id: string
  category: Category
  /**
   * One line naming the cause; `{capture}` placeholders are filled from the match, and
   * `{capture|words}` reads `words` where a pattern does not capture that name.
   */
  title: string
  /** Where the rule looks: a component problem, a test message, a coverage warning, a CLI error, a log line. */
  surfaces: readonly Surface[]
  /**
   * Tried in order; the first that matches wins. Named groups become the finding's captures.
   * Patterns must run in linear time: no nested or overlapping quantifiers (a test checks them).
   */
  patterns: readonly RegExp[]
  /** Why this happens, in a sentence or two a tired engineer can act on. */
  explanation: string
  /** Ordered fix steps; `{capture}` placeholders are filled from the match. */
  remediation: readonly string[]
  docs: readonly string[]
  /** True when the same deploy is likely to pass if simply run again. */
  retryable: boolean
  /**
   * For cascades ("Dependent class is invalid … : <inner>"): the capture holding the underlying
   * message. The finding keeps this rule's id but takes the category of whatever the inner message is.
   */
  innerCapture?: string
  /**
   * Matches anything on its surfaces, so that a failing component or test always yields a finding. A
   * cascade never resolves to a catch-all: an inner message nothing recognises leaves the cascade as is.
   */
  catchAll?: boolean
  /**
   * The message reports the fallout of another failure in the same deploy (a child of a parent that
   * failed): its category is the primary one only when no other finding names a cause.
   */
  symptom?: boolean
}

/** What the engine knows about a piece of text when it asks the rules about it. */
export interface Subject {
  surface: Surface
  text: string
}
