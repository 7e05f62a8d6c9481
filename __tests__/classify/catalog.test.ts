/**
 * Keeps the catalog honest: ids, file names, folders, tests and the registry stay in step, and every
 * rule carries what a report needs. A cheap structural check for catastrophic backtracking runs here;
 * the full recheck analysis runs in `npm run check:redos` (CI).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contextPlaceholdersOn } from '../../src/classify/classify.js'
import { placeholdersIn } from '../../src/classify/match.js'
import { BUILT_IN_RULES, RULE_FAMILIES } from '../../src/classify/registry.js'
import type { Rule } from '../../src/classify/rule.js'
import { CATEGORIES } from '../../src/model/triage.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const rulesFolder = join(root, 'src', 'classify', 'rules')
const testsFolder = join(root, '__tests__', 'classify', 'rules')

/**
 * True when an unboundedly repeated group contains an unbounded quantifier itself: `(a+)+`,
 * `(\w+\s?)*`, `(?:x*y){2,}`. Bounded repetition (`(?: \w{1,30}){0,3}`) has a fixed ceiling and passes.
 */
export function hasNestedQuantifier(source: string): boolean {
  const groups: { quantified: boolean }[] = []
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]
    if (character === '\\') {
      index++
      continue
    }
    if (inClass) {
      if (character === ']') inClass = false
      continue
    }
    if (character === '[') inClass = true
    else if (character === '(') groups.push({ quantified: false })
    else if (character === ')') {
      const group = groups.pop()
      const groupIsRepeated = isUnboundedQuantifier(source.slice(index + 1))
      if (group?.quantified && groupIsRepeated) return true
      if (group?.quantified && groups.length > 0) groups[groups.length - 1]!.quantified = true
    } else if (groups.length > 0 && isUnboundedQuantifier(source.slice(index))) {
      groups[groups.length - 1]!.quantified = true
    }
  }
  return false
}

function isUnboundedQuantifier(text: string): boolean {
  return /^(?:[+*]|\{\d*,\})/.test(text)
}

/**
 * Placeholders of the title and explanation that would read as `<name>` because a pattern does not
 * capture them and the engine does not know them on every surface of the rule. Remediation may keep
 * such a stand-in on purpose: in a command line it is the value the reader fills in.
 */
function placeholdersSomePatternLeavesEmpty(rule: Rule): string[] {
  const unfilled = new Set<string>()
  for (const { name, fallback } of [...placeholdersIn(rule.title), ...placeholdersIn(rule.explanation)]) {
    if (fallback !== undefined) continue
    const known = rule.surfaces.every(surface => contextPlaceholdersOn(surface).includes(name))
    if (!known && rule.patterns.some(pattern => !pattern.source.includes(`(?<${name}>`))) unfilled.add(name)
  }
  return [...unfilled]
}

describe('the rule catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = BUILT_IN_RULES.map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it.each(Object.entries(RULE_FAMILIES))(
    'keeps the %s folder, its rules and the registry in step',
    (family, rules) => {
      const files = readdirSync(join(rulesFolder, family))
        .filter(name => name.endsWith('.ts') && name !== 'index.ts')
        .map(name => name.replace(/\.ts$/, ''))
        .sort()
      expect(rules.map(rule => rule.id).sort()).toEqual(files)
      for (const rule of rules) {
        expect(existsSync(join(testsFolder, family, `${rule.id}.test.ts`))).toBe(true)
        if ((CATEGORIES as readonly string[]).includes(family)) expect(rule.category).toBe(family)
      }
    }
  )

  it.each(BUILT_IN_RULES.map(rule => [rule.id, rule] as const))(
    '%s carries what a report needs',
    (_, rule) => {
      expect(rule.title.trim()).not.toBe('')
      expect(rule.explanation.trim()).not.toBe('')
      expect(rule.surfaces.length).toBeGreaterThan(0)
      expect(rule.patterns.length).toBeGreaterThan(0)
      expect(rule.remediation.length).toBeGreaterThan(0)
      expect(rule.docs.length).toBeGreaterThan(0)
      for (const url of rule.docs)
        expect(url).toMatch(/^https:\/\/(?:[\w.-]+\.(?:salesforce|force|github)\.com|nodejs\.org)\//)
      for (const pattern of rule.patterns) {
        expect(pattern.flags).not.toMatch(/[gy]/)
        expect(hasNestedQuantifier(pattern.source)).toBe(false)
      }
      expect(placeholdersSomePatternLeavesEmpty(rule)).toEqual([])
      if (rule.innerCapture) {
        expect(rule.patterns.every(pattern => pattern.source.includes(`(?<${rule.innerCapture}>`))).toBe(true)
      }
    }
  )

  it('matches the counts the README states, so the documentation cannot drift from the catalog', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const statement = /(\d+) rules: ((?:\w+ \d+, ){7}\w+ \d+),/.exec(readme)
    expect(statement).not.toBeNull()
    const [, total, perFamily] = statement!
    expect(Number(total)).toBe(BUILT_IN_RULES.length)
    for (const entry of perFamily!.split(', ')) {
      const [family, count] = entry.split(' ') as [keyof typeof RULE_FAMILIES, string]
      expect([family, RULE_FAMILIES[family].length]).toEqual([family, Number(count)])
    }
  })

  it('ends with catch-alls for components, tests, coverage warnings and CLI errors', () => {
    expect(BUILT_IN_RULES.filter(rule => rule.catchAll).map(rule => rule.id)).toEqual([
      'component-problem-unrecognised',
      'test-failure-unrecognised',
      'coverage-warning-unrecognised',
      'cli-error-unrecognised'
    ])
  })
})

describe('hasNestedQuantifier', () => {
  it.each(['(a+)+', '(?:\\w+\\s?)*', '(x*y){2,}', '((ab)+c)*'])('flags %s', source => {
    expect(hasNestedQuantifier(source)).toBe(true)
  })
  it.each([
    '(a|b)+',
    '[(a+)]+',
    '(?<name>[\\w.]+) found',
    'x\\(a+\\)+',
    '(ab){2}',
    '(?: [A-Za-z]{1,30}){0,3}'
  ])('accepts %s', source => {
    expect(hasNestedQuantifier(source)).toBe(false)
  })
})
