import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { fixturePath } from '../helpers/fixtures.js'
import { triageSchema } from '../helpers/triage-schema.js'

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: text => (stdout += text), stderr: text => (stderr += text) })
  return { code, stdout, stderr }
}

const deployFailure = fixturePath('sf-cli', 'deploy-one-component-failure.stdout')

describe('sf-failure-triage', () => {
  it('prints a valid triage.json with --format json', async () => {
    const { code, stdout, stderr } = await cli('--format', 'json', deployFailure)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const triage = triageSchema.parse(JSON.parse(stdout))
    expect(triage.findings[0]?.component).toMatchObject({ type: 'ApexClass', name: 'Foo', line: 4 })
  })

  it('prints the Markdown summary by default and writes all reports with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sft-out-'))
    const { code, stdout } = await cli('--out', out, deployFailure)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^## /)
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toBe(stdout)
    expect(readFileSync(join(out, 'playbook.md'), 'utf8')).toMatch(/^# Recovery playbook/)
    triageSchema.parse(JSON.parse(readFileSync(join(out, 'triage.json'), 'utf8')))
  })

  it.each([
    [['--format', 'html', deployFailure], /--format must be one of markdown, json, playbook, slack/],
    [['--coverage-threshold', 'lots', deployFailure], /--coverage-threshold must be a number from 0 to 100/],
    [[], /name at least one file/],
    [['--unknown', deployFailure], /Unknown option '--unknown'/]
  ])('exits 2 with one clear line for bad usage %j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 naming the rule and field of an invalid rules file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sft-rules-'))
    const rules = join(dir, 'rules.yml')
    writeFileSync(rules, '- id: our-rule\n  category: nonsense\n  title: x\n  patterns: ["a"]\n')
    const { code, stderr } = await cli('--rules', rules, deployFailure)
    expect(code).toBe(2)
    expect(stderr).toMatch(/rules\.yml: rule "our-rule": field "category"/)
  })

  it('evaluates user rules before the built-in catalog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sft-rules-'))
    const rules = join(dir, 'rules.json')
    writeFileSync(
      rules,
      JSON.stringify({
        rules: [{ id: 'our-semicolon', category: 'test', title: 'Our own rule', patterns: ["Missing ';'"] }]
      })
    )
    const { code, stdout } = await cli('--format', 'json', '--rules', rules, deployFailure)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).findings[0]).toMatchObject({ ruleId: 'our-semicolon', category: 'test' })
  })

  it('still produces a report when nothing could be read', async () => {
    const { code, stdout } = await cli('--format', 'json', '/nonexistent/folder')
    expect(code).toBe(0)
    const triage = triageSchema.parse(JSON.parse(stdout))
    expect(triage.sources).toEqual([
      expect.objectContaining({ ok: false, reason: 'cannot be opened: ENOENT' })
    ])
    expect(triage.primaryCategory).toBe('unknown')
  })

  it('prints help', async () => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: sf-failure-triage/)
  })
})
