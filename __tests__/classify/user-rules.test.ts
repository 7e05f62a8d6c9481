import { describe, expect, it } from '@jest/globals'
import { parseUserRules, UserRulesError } from '../../src/classify/user-rules.js'

describe('parseUserRules', () => {
  it('reads YAML with defaults for what a team leaves out', async () => {
    const [rule] = await parseUserRules(
      'rules:\n  - id: region-validation\n    category: test\n    title: Our Region rule\n    patterns: ["Region is required"]\n    flags: i\n',
      'rules.yml'
    )
    expect(rule).toMatchObject({
      id: 'region-validation',
      category: 'test',
      surfaces: ['component', 'test', 'coverage', 'cli', 'log'],
      retryable: false
    })
    expect(rule?.patterns[0]?.test('REGION IS REQUIRED')).toBe(true)
  })

  it('reads a JSON list', async () => {
    const rules = await parseUserRules(
      JSON.stringify([{ id: 'a', category: 'transient', title: 'A', patterns: ['x'], retryable: true }]),
      'rules.json'
    )
    expect(rules.map(rule => rule.retryable)).toEqual([true])
  })

  it.each([
    [
      '- id: Not Kebab\n  category: test\n  title: x\n  patterns: ["a"]\n',
      /rule "Not Kebab": field "id": must be kebab-case/
    ],
    [
      '- id: a\n  category: test\n  title: x\n  patterns: ["(unclosed"]\n',
      /rule "a": field "patterns.0": not a valid regular expression/
    ],
    [
      '- id: a\n  category: test\n  title: x\n  patterns: ["a"]\n  flags: g\n',
      /rule "a": field "flags": only the flags i, m, s and u are allowed/
    ],
    [
      '- id: a\n  category: test\n  title: x\n  patterns: ["a"]\n  colour: red\n',
      /rule "a": field "\(rule\)"|rule "a": field "colour"/
    ],
    [
      '- id: a\n  category: test\n  title: x\n  patterns: ["a"]\n- id: a\n  category: test\n  title: y\n  patterns: ["b"]\n',
      /rule "a": the id is used twice/
    ],
    ['rules: [unclosed', /not valid YAML/],
    ['just a string', /expected a list of rules/]
  ])('names the rule and field at fault: %j', async (text, message) => {
    await expect(parseUserRules(text, 'rules.yml')).rejects.toThrow(UserRulesError)
    await expect(parseUserRules(text, 'rules.yml')).rejects.toThrow(message)
  })
})
