/**
 * A Slack Block Kit payload. Slack allows 50 blocks and 3,000 characters per text field; untrusted
 * text is escaped for mrkdwn (`&`, `<`, `>`), which also disarms `<!channel>` and links.
 */
import type { Triage } from '../model/triage.js'
import { categoryLabel } from './summary.js'

export const SLACK_MAX_BLOCKS = 50
export const SLACK_MAX_TEXT = 3000
const MAX_FINDING_BLOCKS = 10

type TextObject = { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean }
export type SlackBlock =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }

export interface SlackPayload {
  text: string
  blocks: SlackBlock[]
}

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function fit(text: string, max = SLACK_MAX_TEXT): string {
  return text.length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`
}

export function renderSlack(triage: Triage, runUrl?: string): SlackPayload {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: fit(`Deploy failed: ${categoryLabel(triage.primaryCategory)}`, 150),
        emoji: true
      }
    },
    { type: 'section', text: { type: 'mrkdwn', text: fit(`*${escapeSlack(triage.headline)}*`) } }
  ]
  const fields: TextObject[] = triage.categories.slice(0, 10).map(category => ({
    type: 'mrkdwn',
    text: `*${categoryLabel(category)}*: ${triage.findings.filter(finding => finding.category === category).length}`
  }))
  if (fields.length > 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Findings*' }, fields })
  const shown = triage.findings.slice(0, MAX_FINDING_BLOCKS)
  for (const finding of shown) {
    const where = finding.component
      ? `${finding.component.type} ${finding.component.name}`
      : finding.test
        ? finding.test.fullName
        : finding.surface
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: fit(
          `*${escapeSlack(finding.title)}*\n\`${escapeSlack(where).replace(/`/g, "'")}\` ${escapeSlack(finding.message)}`
        )
      }
    })
  }
  if (triage.findings.length > shown.length) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${triage.findings.length - shown.length} more findings` }]
    })
  }
  const footer = [
    `fingerprint \`${triage.fingerprint}\``,
    triage.retryable ? 'a retry is likely to pass' : 'a retry will not help'
  ]
  if (runUrl && /^https:\/\//.test(runUrl)) footer.push(`<${escapeSlack(runUrl)}|open run>`)
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fit(footer.join(' · ')) }] })
  return { text: fit(`Deploy failed: ${triage.headline}`), blocks: blocks.slice(0, SLACK_MAX_BLOCKS) }
}
