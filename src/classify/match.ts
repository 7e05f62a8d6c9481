/** Applying rules to text: the only place that runs a rule's patterns. */
import type { Rule } from './rule.js'
import type { Surface } from '../model/evidence.js'

export interface RuleMatch {
  rule: Rule
  captures: Record<string, string>
}

/**
 * Curly quotes vary across eras and platforms (`Here’s the error`), and logs that went through a
 * Windows code page show them as mojibake (`Hereâ€™s`); rules see straight quotes either way.
 */
export function normaliseMessage(text: string): string {
  return text
    .replace(/â€[™˜]/g, "'")
    .replace(/â€[œ\u009D]/g, '"')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
}

/**
 * Longest text a pattern is run on. Salesforce cuts test messages at 4,000 characters and the cause is
 * stated early; the cap also bounds the quadratic worst case of unanchored `a[^\n]+?b` patterns.
 */
export const MAX_MATCH_TEXT = 8 * 1024

/** Each catalog split by surface once, so a subject only meets the rules that read its surface. */
const rulesBySurface = new WeakMap<readonly Rule[], Map<Surface, Rule[]>>()

function rulesFor(rules: readonly Rule[], surface: Surface): Rule[] {
  let bySurface = rulesBySurface.get(rules)
  if (!bySurface) {
    bySurface = new Map()
    rulesBySurface.set(rules, bySurface)
  }
  let list = bySurface.get(surface)
  if (!list) {
    list = rules.filter(rule => rule.surfaces.includes(surface))
    bySurface.set(surface, list)
  }
  return list
}

export function firstMatch(rules: readonly Rule[], surface: Surface, text: string): RuleMatch | undefined {
  const subject = normaliseMessage(text.length > MAX_MATCH_TEXT ? text.slice(0, MAX_MATCH_TEXT) : text)
  for (const rule of rulesFor(rules, surface)) {
    for (const pattern of rule.patterns) {
      const match = pattern.exec(subject)
      if (match) return { rule, captures: capturesOf(match) }
    }
  }
  return undefined
}

function capturesOf(match: RegExpExecArray): Record<string, string> {
  const captures: Record<string, string> = {}
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined && value.trim() !== '') captures[name] = value.trim()
  }
  return captures
}

/** `{name}` or `{name|fallback}`. */
const TEMPLATE_PLACEHOLDER = /\{(\w+)(?:\|([^{}\n]*))?\}/g

export interface TemplatePlaceholder {
  name: string
  fallback?: string
}

/** The placeholders of a template in order, for checks that each one can be filled. */
export function placeholdersIn(template: string): TemplatePlaceholder[] {
  return [...template.matchAll(TEMPLATE_PLACEHOLDER)].map(([, name = '', fallback]) =>
    fallback === undefined ? { name } : { name, fallback }
  )
}

/**
 * Fills `{name}` placeholders. `{name|words}` reads `words` when the match captured no `name`, for
 * rules whose patterns do not all capture it; otherwise a missing name keeps a readable stand-in
 * (`<name>`), which in a command line is the value the reader fills in.
 */
export function fillTemplate(template: string, captures: Record<string, string>): string {
  return template.replace(
    TEMPLATE_PLACEHOLDER,
    (_, name: string, fallback: string | undefined) => captures[name] ?? fallback ?? `<${name}>`
  )
}
