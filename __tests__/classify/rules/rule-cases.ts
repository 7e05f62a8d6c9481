/**
 * The harness every rule test uses. A positive must be claimed by *this* rule when the whole catalog
 * is asked, so a test also proves that no earlier rule shadows it; a near-miss must not be.
 */
import { describe, expect, it } from '@jest/globals'
import { contextPlaceholdersOn } from '../../../src/classify/classify.js'
import { firstMatch, placeholdersIn } from '../../../src/classify/match.js'
import { BUILT_IN_RULES } from '../../../src/classify/registry.js'
import type { Rule } from '../../../src/classify/rule.js'
import type { Surface } from '../../../src/model/evidence.js'

export interface RuleCase {
  text: string
  /** Defaults to the rule's first surface. */
  surface?: Surface
  /** Captures that must be present (others may be too). */
  captures?: Record<string, string>
}

export function describeRule(rule: Rule, cases: { positives: RuleCase[]; negatives: RuleCase[] }): void {
  describe(rule.id, () => {
    it('has positive examples and near-miss negatives', () => {
      expect(cases.positives.length).toBeGreaterThan(0)
      expect(cases.negatives.length).toBeGreaterThan(0)
    })

    it.each(cases.positives.map(example => [example.text.slice(0, 80), example] as const))(
      'claims %j',
      (_, example) => {
        const surface = example.surface ?? rule.surfaces[0]!
        const match = firstMatch(BUILT_IN_RULES, surface, example.text)
        expect(match?.rule.id).toBe(rule.id)
        if (example.captures) expect(match?.captures).toMatchObject(example.captures)
        expect(titlePlaceholdersLeftEmpty(rule.title, surface, match?.captures ?? {})).toEqual([])
      }
    )

    it.each(cases.negatives.map(example => [example.text.slice(0, 80), example] as const))(
      'leaves %j to other rules',
      (_, example) => {
        const surface = example.surface ?? rule.surfaces[0]!
        expect(firstMatch(BUILT_IN_RULES, surface, example.text)?.rule.id).not.toBe(rule.id)
      }
    )
  })
}

/** Title placeholders this match would leave as a `<name>` stand-in: no capture, no fallback, no context. */
function titlePlaceholdersLeftEmpty(
  title: string,
  surface: Surface,
  captures: Record<string, string>
): string[] {
  const context = contextPlaceholdersOn(surface)
  return placeholdersIn(title)
    .filter(({ name, fallback }) => fallback === undefined && !(name in captures) && !context.includes(name))
    .map(({ name }) => name)
}
