/**
 * Reports must fit their platform whatever the input: GitHub's 1 MiB step summary, Slack's 50 blocks
 * and 3,000 characters per text. These build a huge synthetic failure and check the limits and that
 * the true totals survive the degradation.
 */
import { describe, expect, it } from '@jest/globals'
import type { Evidence } from '../../src/model/evidence.js'
import { buildTriage } from '../../src/classify/build-triage.js'
import { BUILT_IN_RULES } from '../../src/classify/registry.js'
import { renderSlack, SLACK_MAX_BLOCKS, SLACK_MAX_TEXT } from '../../src/render/slack.js'
import { renderSummary, STEP_SUMMARY_LIMIT_BYTES } from '../../src/render/summary.js'

function hugeEvidence(): Evidence {
  return {
    sources: [{ path: 'deploy-result.json', format: 'sf-deploy-json', ok: true }],
    deploy: { status: 'Failed', success: false },
    components: Array.from({ length: 10_000 }, (_, index) => ({
      type: 'ApexClass',
      name: `Service${index}`,
      filePath: `force-app/main/default/classes/Service${index}.cls`,
      line: index + 1,
      problem: `Variable does not exist: Field${index}__c ${'x'.repeat(200)}`,
      severity: 'Error' as const
    })),
    tests: Array.from({ length: 50_000 }, (_, index) => ({
      className: `Suite${index % 500}Test`,
      methodName: `case${index}`,
      message: `System.AssertException: Assertion Failed: Expected: ${index}, Actual: ${'y'.repeat(300)}`,
      stackTrace: `Class.Suite${index % 500}Test.case${index}: line 10, column 1\n${'frame\n'.repeat(20)}`,
      outcome: 'Fail' as const
    })),
    totals: { ran: 60_000, passed: 10_000, failed: 50_000, skipped: 0 },
    coverage: {
      orgWide: 41,
      classes: Array.from({ length: 3_000 }, (_, index) => ({
        name: `Service${index}`,
        percent: index % 70,
        uncoveredLines: [1, 2, 3, 9, 10]
      })),
      warnings: []
    },
    errors: []
  }
}

const triage = buildTriage(hugeEvidence(), { rules: BUILT_IN_RULES, coverageThreshold: 75 })

describe('size budgets', () => {
  it('keeps the step summary within 1 MiB and states the true totals', () => {
    const summary = renderSummary(triage)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES)
    expect(summary).toContain('### Failed tests — 50000 of 60000')
    expect(summary).toContain('### What broke — 10000 components')
    expect(summary).toMatch(/…and \d+ more components/)
    expect(summary).toMatch(/…and \d+ more failed tests/)
  })

  it('degrades to any smaller limit without breaking', () => {
    const summary = renderSummary(triage, {}, 20_000)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000)
    expect(summary.startsWith('## ')).toBe(true)
  })

  it('produces valid Block Kit within Slack limits', () => {
    const payload = renderSlack(triage, 'https://github.com/acme/app/actions/runs/1')
    expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS)
    expect(payload.text.length).toBeLessThanOrEqual(SLACK_MAX_TEXT)
    for (const block of payload.blocks) {
      expect(['header', 'section', 'context', 'divider']).toContain(block.type)
      const texts =
        block.type === 'context'
          ? block.elements
          : 'text' in block
            ? [block.text, ...(('fields' in block && block.fields) || [])]
            : []
      for (const text of texts) {
        expect(text.text.length).toBeLessThanOrEqual(block.type === 'header' ? 150 : SLACK_MAX_TEXT)
        expect(['mrkdwn', 'plain_text']).toContain(text.type)
      }
      if (block.type === 'section' && block.fields) expect(block.fields.length).toBeLessThanOrEqual(10)
    }
  })
})

describe('hostile names', () => {
  it('escapes Slack control sequences', () => {
    const hostile = buildTriage(
      {
        ...hugeEvidence(),
        components: [
          {
            type: 'ApexClass',
            name: '<!channel>',
            problem: 'Variable does not exist: <https://evil|click>',
            severity: 'Error'
          }
        ],
        tests: [],
        totals: undefined
      },
      { rules: BUILT_IN_RULES, coverageThreshold: 75 }
    )
    const text = JSON.stringify(renderSlack(hostile))
    expect(text).not.toContain('<!channel>')
    expect(text).not.toContain('<https://evil|click>')
    expect(text).toContain('&lt;!channel&gt;')
  })
})
