/**
 * The step summary: the cause in one line, then where, then what to do; everything else one click
 * away. It must fit GitHub's 1 MiB step-summary limit for any input, so it is rendered with
 * progressively smaller list budgets until it does, and always states the true totals.
 */
import type { Category, Triage } from '../model/triage.js'
import { repositoryPathOf, type RunContext } from './context.js'
import { byteLength, codeBlock, codeSpan, escapeProse, escapeText, lineRanges, shorten } from './markdown.js'

export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024

const CATEGORY_LABELS: Record<Category, string> = {
  auth: 'Authentication',
  dependency: 'Dependency',
  metadata: 'Metadata',
  limits: 'Governor limits',
  test: 'Test',
  coverage: 'Coverage',
  transient: 'Transient',
  unknown: 'Unknown'
}

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category]
}

interface Budget {
  items: number
  messageChars: number
  stackTraces: boolean
}

const BUDGETS: readonly Budget[] = [
  { items: 200, messageChars: 600, stackTraces: true },
  { items: 100, messageChars: 300, stackTraces: false },
  { items: 25, messageChars: 200, stackTraces: false },
  { items: 5, messageChars: 120, stackTraces: false }
]

export function renderSummary(
  triage: Triage,
  context: RunContext = {},
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  for (const budget of BUDGETS) {
    const text = renderWithBudget(triage, context, budget)
    if (byteLength(text) <= limitBytes) return text
  }
  const minimal = renderWithBudget(triage, context, { items: 0, messageChars: 80, stackTraces: false })
  return truncateBytes(minimal, limitBytes)
}

function renderWithBudget(triage: Triage, context: RunContext, budget: Budget): string {
  const sections = [
    heading(triage),
    runLine(context),
    categoryTable(triage),
    componentSection(triage, context, budget),
    testSection(triage, budget),
    coverageSection(triage, budget),
    otherFindingsSection(triage, budget),
    nextSteps(triage),
    sourcesSection(triage, budget)
  ]
  return `${sections.filter(Boolean).join('\n\n')}\n`
}

function heading(triage: Triage): string {
  if (triage.findings.length === 0) return `## ℹ️ ${escapeText(triage.headline)}`
  return `## ${triage.retryable ? '🔁' : '❌'} Deploy failed — ${escapeText(triage.headline)}`
}

function runLine(context: RunContext): string {
  const parts: string[] = []
  if (context.workflow)
    parts.push(`**${escapeText(context.workflow)}${context.runNumber ? ` #${context.runNumber}` : ''}**`)
  if (context.branch) parts.push(codeSpan(context.branch))
  if (context.sha) parts.push(`@ ${codeSpan(context.sha.slice(0, 7))}`)
  if (context.actor) parts.push(`started by ${escapeText(context.actor)}`)
  if (context.failedStep) parts.push(`failed at step **${escapeText(context.failedStep)}**`)
  else if (context.failedJob) parts.push(`failed in job **${escapeText(context.failedJob)}**`)
  if (context.runUrl && /^https:\/\//.test(context.runUrl)) parts.push(`[open run](${context.runUrl})`)
  return parts.join(' · ')
}

function categoryTable(triage: Triage): string {
  if (triage.categories.length === 0) return ''
  const rows = triage.categories.map(category => {
    const findings = triage.findings.filter(finding => finding.category === category)
    const retry = findings.every(finding => finding.retryable) ? 'yes' : 'no'
    return `| ${CATEGORY_LABELS[category]}${category === triage.primaryCategory ? ' (cause)' : ''} | ${findings.length} | ${retry} |`
  })
  return ['| Category | Findings | A retry helps? |', '|---|---:|:---:|', ...rows].join('\n')
}

function componentSection(triage: Triage, context: RunContext, budget: Budget): string {
  const findings = triage.findings.flatMap(finding =>
    finding.component ? [{ finding, component: finding.component }] : []
  )
  if (findings.length === 0) return ''
  const shown = findings.slice(0, budget.items)
  const rows = shown.map(({ finding, component }) => {
    const label = `${escapeText(component.type || 'Component')} ${codeSpan(component.name)}`
    return `| ${label} | ${where(component.file, component.line, context)} | ${escapeText(shorten(finding.message, budget.messageChars))} | ${escapeText(finding.title)} |`
  })
  return [
    `### What broke — ${findings.length} component${findings.length === 1 ? '' : 's'}`,
    ['| Component | Where | Problem | Cause |', '|---|---|---|---|', ...rows].join('\n'),
    more(findings.length - shown.length, 'component')
  ]
    .filter(Boolean)
    .join('\n\n')
}

function where(file: string | undefined, line: number | undefined, context: RunContext): string {
  if (!file) return ''
  const repoPath = repositoryPathOf(file)
  const shown = codeSpan(`${shorten(repoPath ?? file, 120)}${line ? `:${line}` : ''}`)
  if (!repoPath || !context.repositoryUrl || !context.sha) return shown
  const url = `${context.repositoryUrl}/blob/${context.sha}/${repoPath.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`
  return `[${shown}](${url})`
}

function testSection(triage: Triage, budget: Budget): string {
  const findings = triage.findings.flatMap(finding => (finding.test ? [{ finding, test: finding.test }] : []))
  if (triage.tests.failed === 0 && findings.length === 0) return ''
  const lines = [`### Failed tests — ${triage.tests.failed} of ${triage.tests.ran}`]
  // Map.groupBy would do, but it is not in Node 20.
  const byClass = new Map<string, typeof findings>()
  for (const entry of findings.slice(0, budget.items)) {
    byClass.set(entry.test.class, [...(byClass.get(entry.test.class) ?? []), entry])
  }
  for (const [className, classFindings] of byClass) {
    lines.push(`**${escapeText(className)}** (${classFindings.length})`)
    for (const { finding, test } of classFindings) {
      lines.push(
        `- ${codeSpan(test.fullName)} — ${escapeText(shorten(finding.message || finding.title, budget.messageChars))}`
      )
      if (budget.stackTraces && finding.stackTrace) {
        lines.push(
          `  <details><summary>stack trace</summary>\n\n${indent(codeBlock(finding.stackTrace))}\n  </details>`
        )
      }
    }
  }
  lines.push(more(findings.length - Math.min(findings.length, budget.items), 'failed test'))
  return lines.filter(Boolean).join('\n')
}

function coverageSection(triage: Triage, budget: Budget): string {
  const { orgWide, threshold, belowThreshold } = triage.coverage
  if (orgWide === null && belowThreshold.length === 0) return ''
  const title =
    orgWide === null ? '### Coverage' : `### Coverage — org-wide ${orgWide}% (needs ${threshold}%)`
  if (belowThreshold.length === 0) return title
  const shown = belowThreshold.slice(0, budget.items)
  const rows = shown.map(
    entry => `| ${codeSpan(entry.name)} | ${entry.percent}% | ${lineRanges(entry.uncoveredLines)} |`
  )
  return [
    title,
    ['| Class | Covered | Uncovered lines |', '|---|---:|---|', ...rows].join('\n'),
    more(belowThreshold.length - shown.length, 'class')
  ]
    .filter(Boolean)
    .join('\n\n')
}

function otherFindingsSection(triage: Triage, budget: Budget): string {
  const findings = triage.findings.filter(
    finding => !finding.component && !finding.test && finding.surface !== 'coverage'
  )
  if (findings.length === 0) return ''
  const shown = findings.slice(0, budget.items)
  const lines = shown.map(
    finding =>
      `- **${escapeText(finding.title)}** — ${escapeText(shorten(finding.message, budget.messageChars))}`
  )
  return ['### Errors reported', ...lines, more(findings.length - shown.length, 'error')]
    .filter(Boolean)
    .join('\n')
}

function nextSteps(triage: Triage): string {
  const steps = [...new Set(triage.findings.flatMap(finding => finding.remediation))].slice(0, 8)
  if (steps.length === 0) return ''
  return ['### Next steps', ...steps.map((step, index) => `${index + 1}. ${escapeProse(step)}`)].join('\n')
}

function sourcesSection(triage: Triage, budget: Budget): string {
  const shown = triage.sources.slice(0, Math.max(budget.items, 5))
  const rows = shown.map(
    source =>
      `| ${codeSpan(shorten(source.path, 160))} | ${source.ok ? source.format : '⚠️ not read'} | ${escapeText(source.reason ?? '')} |`
  )
  return [
    `<details><summary>Files read (${triage.sources.length}) · fingerprint ${triage.fingerprint}</summary>`,
    '',
    ['| File | Read as | Note |', '|---|---|---|', ...rows].join('\n'),
    more(triage.sources.length - shown.length, 'file'),
    '</details>'
  ]
    .filter(line => line !== undefined)
    .join('\n')
}

function more(count: number, noun: string): string {
  return count > 0 ? `_…and ${count} more ${noun}${count === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}_` : ''
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `  ${line}`)
    .join('\n')
}

function truncateBytes(text: string, limitBytes: number): string {
  const marker = '\n\n_…report truncated to fit the size limit_\n'
  const buffer = Buffer.from(text, 'utf8').subarray(0, limitBytes - byteLength(marker))
  return `${buffer.toString('utf8').replace(/\uFFFD+$/, '')}${marker}`
}
