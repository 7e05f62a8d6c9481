/**
 * Rules a team adds with `rules-file` / `--rules` (YAML or JSON). They are validated here, at the
 * boundary, into the same `Rule` shape as the built-ins and evaluated before them, so a team can
 * name its own org's quirks ("our Region__c validation rule") more precisely than the catalog can.
 */
import { z } from 'zod'
import { CATEGORIES } from '../model/triage.js'
import type { Rule } from './rule.js'

const SURFACES = ['component', 'test', 'coverage', 'cli', 'log'] as const

const userRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "our-region-validation"'),
  category: z.enum(CATEGORIES),
  title: z.string().min(1),
  surfaces: z
    .array(z.enum(SURFACES))
    .min(1)
    .default([...SURFACES]),
  patterns: z.array(z.string().min(1)).min(1),
  /** Regular-expression flags; `g` and `y` make `exec` stateful and are refused. */
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'only the flags i, m, s and u are allowed')
    .default(''),
  explanation: z.string().default(''),
  remediation: z.array(z.string()).default([]),
  docs: z.array(z.string().url()).default([]),
  retryable: z.boolean().default(false)
})

const userRulesFileSchema = z.union([
  z.array(z.unknown()),
  z.strictObject({ rules: z.array(z.unknown()) }).transform(file => file.rules)
])

export class UserRulesError extends Error {
  override name = 'UserRulesError'
}

/** Parses and validates a rules file; throws `UserRulesError` naming the rule and the field at fault. */
export async function parseUserRules(text: string, fileName: string): Promise<Rule[]> {
  let document: unknown
  try {
    // The YAML parser is loaded only by runs that have a YAML rules file.
    document = fileName.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text)
  } catch (error) {
    throw new UserRulesError(
      `${fileName}: not valid ${fileName.endsWith('.json') ? 'JSON' : 'YAML'}: ${messageOf(error)}`
    )
  }
  const list = userRulesFileSchema.safeParse(document)
  if (!list.success) {
    throw new UserRulesError(`${fileName}: expected a list of rules, or an object with a "rules" list`)
  }
  const seen = new Set<string>()
  return list.data.map((raw, index) => {
    const label =
      typeof (raw as { id?: unknown })?.id === 'string'
        ? `rule "${(raw as { id: string }).id}"`
        : `rule #${index + 1}`
    const parsed = userRuleSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue?.path.join('.') || '(rule)'
      throw new UserRulesError(`${fileName}: ${label}: field "${field}": ${issue?.message ?? 'invalid'}`)
    }
    const rule = parsed.data
    if (seen.has(rule.id)) throw new UserRulesError(`${fileName}: ${label}: the id is used twice`)
    seen.add(rule.id)
    return {
      id: rule.id,
      category: rule.category,
      title: rule.title,
      surfaces: rule.surfaces,
      patterns: rule.patterns.map((source, patternIndex) =>
        compile(source, rule.flags, `${fileName}: ${label}: field "patterns.${patternIndex}"`)
      ),
      explanation: rule.explanation,
      remediation: rule.remediation,
      docs: rule.docs,
      retryable: rule.retryable
    }
  })
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw new UserRulesError(`${where}: not a valid regular expression: ${messageOf(error)}`)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
