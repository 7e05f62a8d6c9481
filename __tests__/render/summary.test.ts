import { describe, expect, it } from '@jest/globals'
import { buildTriage } from '../../src/classify/build-triage.js'
import { BUILT_IN_RULES } from '../../src/classify/registry.js'
import type { Evidence } from '../../src/model/evidence.js'
import { renderPlaybook } from '../../src/render/playbook.js'
import { renderSummary } from '../../src/render/summary.js'

/** The Markdown with fenced blocks and code spans removed: what remains is what GitHub interprets. */
function outsideCode(markdown: string): string {
  return markdown
    .replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '')
    .replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

function triageOf(parts: Partial<Evidence>) {
  return buildTriage(
    { sources: [], components: [], tests: [], coverage: { classes: [], warnings: [] }, errors: [], ...parts },
    { rules: BUILT_IN_RULES, coverageThreshold: 75 }
  )
}

describe('renderSummary with hostile artifact content', () => {
  const hostile = triageOf({
    sources: [{ path: 'logs/<img src=x onerror=alert(1)>.json', format: 'sf-deploy-json', ok: true }],
    components: [
      {
        type: 'ApexClass',
        name: 'Evil|Name`` @security-team #1',
        filePath: '/home/runner/work/app/app/force-app/main/default/classes/Evil.cls',
        line: 3,
        problem:
          'Variable does not exist: x | y <script>alert(1)</script> [click](https://evil.example) @octocat',
        severity: 'Error'
      }
    ],
    tests: [
      {
        className: 'EvilTest',
        methodName: 'validates',
        message:
          'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Ask @security-team <img src=x> #12: [Region__c]',
        outcome: 'Fail'
      },
      {
        className: 'EvilTest',
        methodName: 'run',
        message: 'System.AssertException: Assertion Failed: ```\n## injected heading',
        stackTrace: 'Class.EvilTest.run: line 1\n```\n<details>',
        outcome: 'Fail'
      }
    ]
  })
  const summary = renderSummary(hostile, {
    branch: 'feature/`whoami`',
    actor: '@admin',
    runUrl: 'javascript:alert(1)',
    repositoryUrl: 'https://github.com/acme/app',
    sha: 'c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe'
  })

  it('never lets artifact text open HTML, links, mentions or issue references', () => {
    // Inside code spans and fences Markdown is literal: nothing there renders, links or pings.
    const rendered = outsideCode(summary)
    expect(rendered).not.toMatch(/(?<!\\)<(?:script|img)/)
    expect(rendered).not.toMatch(/(?<!\\)\]\(https:\/\/evil/)
    expect(rendered).not.toMatch(/(?<!\u200B)@(?:security-team|octocat|admin)\b/)
    expect(rendered).not.toMatch(/#1\b/)
    expect(summary).not.toContain('javascript:')
  })

  it('keeps table rows intact and stack traces inside their fence', () => {
    const row = summary.split('\n').find(line => line.startsWith('| ApexClass'))
    expect(row?.split(/(?<!\\)\|/).length).toBe(6)
    expect(summary).toContain('  ````\n  Class.EvilTest.run: line 1\n  ```\n  <details>\n  ````')
    expect(summary).not.toMatch(/^## injected heading/m)
  })

  it('links the file at the commit when the repository path is known', () => {
    expect(summary).toContain(
      '(https://github.com/acme/app/blob/c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe/force-app/main/default/classes/Evil.cls#L3)'
    )
  })

  it('escapes artifact text that rules fill into fix steps, in the summary and the playbook', () => {
    for (const report of [summary, renderPlaybook(hostile)]) {
      const rendered = outsideCode(report)
      expect(rendered).toContain('security-team')
      expect(rendered).not.toMatch(/(?<!\u200B)@security-team\b/)
      expect(rendered).not.toMatch(/(?<!\\)<img/)
      expect(rendered).not.toMatch(/#12\b/)
    }
  })
})
