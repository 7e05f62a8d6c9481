/**
 * Writes what the triage found where people and later steps read it: the step summary, the action's
 * outputs, and the three report files. Nothing here decides anything.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Triage } from '../model/triage.js'
import type { RunContext } from '../render/context.js'
import { renderPlaybook } from '../render/playbook.js'
import { renderSummary, STEP_SUMMARY_LIMIT_BYTES } from '../render/summary.js'
import { byteLength } from '../render/markdown.js'

export interface ReportPaths {
  summaryPath: string
  playbookPath: string
  reportPath: string
}

/** `notice` (Markdown) goes above the summary: why there was nothing to triage, and how to fix it. */
export async function publish(
  triage: Triage,
  context: RunContext,
  outputDir: string,
  notice?: string
): Promise<ReportPaths> {
  const noticeBlock = notice ? `${notice}\n\n` : ''
  const summary =
    noticeBlock + renderSummary(triage, context, STEP_SUMMARY_LIMIT_BYTES - byteLength(noticeBlock))
  const paths = {
    summaryPath: join(outputDir, 'summary.md'),
    playbookPath: join(outputDir, 'playbook.md'),
    reportPath: join(outputDir, 'triage.json')
  }
  await mkdir(outputDir, { recursive: true })
  await Promise.all([
    writeFile(paths.summaryPath, summary),
    writeFile(paths.playbookPath, renderPlaybook(triage)),
    writeFile(paths.reportPath, `${JSON.stringify(triage, null, 2)}\n`)
  ])
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(summary).write()
  setOutputs(triage, paths)
  return paths
}

function setOutputs(triage: Triage, paths: ReportPaths): void {
  const failedComponents = [
    ...new Set(
      triage.findings.flatMap(finding =>
        finding.component ? [`${finding.component.type || 'Unknown'}:${finding.component.name}`] : []
      )
    )
  ]
  core.setOutput('category', triage.primaryCategory)
  core.setOutput('categories', JSON.stringify(triage.categories))
  core.setOutput('retryable', String(triage.retryable))
  core.setOutput('fingerprint', triage.fingerprint)
  core.setOutput('failed-tests', triage.tests.failedTests.join(','))
  core.setOutput('failed-components', failedComponents.join(','))
  core.setOutput('org-coverage', triage.coverage.orgWide === null ? '' : String(triage.coverage.orgWide))
  core.setOutput('summary-path', paths.summaryPath)
  core.setOutput('playbook-path', paths.playbookPath)
  core.setOutput('report-path', paths.reportPath)
}
