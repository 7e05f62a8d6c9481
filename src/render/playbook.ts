/**
 * The playbook: ordered recovery steps per category found, with the exact commands the captured
 * names make possible (retry only the failed tests, deploy the missing fields first, …).
 */
import { CATEGORIES, type Category, type Finding, type Triage } from '../model/triage.js'
import { codeBlock, escapeProse, escapeText } from './markdown.js'
import { categoryLabel } from './summary.js'

/** Metadata types a dependency finding's captures let us name in a `--metadata` flag. */
function metadataToDeployFirst(findings: readonly Finding[]): string[] {
  const names = findings.flatMap(finding => {
    const { object, field, metadataType, missingName, className } = finding.captures
    if (object && field) return [`CustomField:${object}.${field}`]
    if (metadataType && missingName) return [`${metadataType}:${missingName}`]
    if (className) return [`ApexClass:${className}`]
    if (object && !field) return [`CustomObject:${object}`]
    return []
  })
  return [...new Set(names)].filter(name => /^[\w]+:[\w.\-/]+$/.test(name))
}

export function renderPlaybook(triage: Triage): string {
  const lines = [`# Recovery playbook`, '', `**${escapeText(triage.headline)}**`, '']
  const present = CATEGORIES.filter(category => triage.categories.includes(category))
  if (present.length === 0) {
    lines.push('Nothing to recover from: no failure was found in the files read.')
    return `${lines.join('\n')}\n`
  }
  present.forEach((category, index) => {
    const findings = triage.findings.filter(finding => finding.category === category)
    lines.push(
      `## ${index + 1}. ${categoryLabel(category)} — ${findings.length} finding${findings.length === 1 ? '' : 's'}`,
      ''
    )
    const steps = [...new Set(findings.flatMap(finding => finding.remediation))]
    steps.forEach((step, stepIndex) => lines.push(`${stepIndex + 1}. ${escapeProse(step)}`))
    const strategy = strategyFor(category, findings, triage)
    if (strategy) lines.push('', strategy)
    lines.push('')
  })
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * Shipping the rest while one component is fixed. Production deploys are all-or-nothing, so the hint
 * names a sandbox-only flag and the production alternative.
 */
function partialDeployHint(findings: readonly Finding[]): string {
  const failing = [
    ...new Set(
      findings.flatMap(finding =>
        finding.component ? [`${finding.component.type}:${finding.component.name}`] : []
      )
    )
  ]
  if (failing.length === 0) return ''
  const shown = failing.slice(0, 10).join(', ')
  return (
    `To ship the rest first: in a sandbox, \`--ignore-errors\` deploys everything that compiles; in production, ` +
    `leave ${escapeText(shown)}${failing.length > 10 ? ` and ${failing.length - 10} more` : ''} out of the manifest and deploy the rest.`
  )
}

function strategyFor(category: Category, findings: readonly Finding[], triage: Triage): string {
  switch (category) {
    case 'test': {
      const tests = triage.tests.failedTests.filter(name => /^[\w.]+$/.test(name))
      if (tests.length === 0) return ''
      return `Re-run only the failed tests once fixed:\n\n${codeBlock(`sf apex run test --tests ${tests.join(',')} --target-org <org> --wait 30 --result-format human`)}`
    }
    case 'dependency': {
      const first = metadataToDeployFirst(findings)
      const deployFirst =
        first.length === 0
          ? 'Deploy the referenced components first, or add them to this package.'
          : `Deploy the missing dependencies first, then this package:\n\n${codeBlock(
              `sf project deploy start --metadata ${first.join(' --metadata ')} --target-org <org>`
            )}`
      return [deployFirst, partialDeployHint(findings)].join('\n\n')
    }
    case 'metadata':
      return [
        `Check the fix without touching the org, then deploy:\n\n${codeBlock('sf project deploy validate --source-dir force-app --target-org <org> --test-level RunLocalTests')}`,
        partialDeployHint(findings)
      ].join('\n\n')
    case 'coverage': {
      const classes = triage.coverage.belowThreshold
        .slice(0, 10)
        .map(entry => `${entry.name} (${entry.percent}%)`)
      return classes.length > 0
        ? `Classes furthest below ${triage.coverage.threshold}%: ${escapeText(classes.join(', '))}.`
        : ''
    }
    case 'transient':
      return `Retry with backoff; a second failure with the same fingerprint (\`${triage.fingerprint}\`) is not transient:\n\n${codeBlock(
        'for delay in 60 180 600; do sf project deploy start --source-dir force-app --target-org <org> && break; sleep $delay; done'
      )}`
    case 'auth':
      return `Check the credentials the workflow uses:\n\n${codeBlock('sf org display --target-org <org> --verbose --json   # does the org resolve and the token refresh?\nsf org login sfdx-url --sfdx-url-file <file>           # the URL must start with force://')}\nA refreshed sandbox invalidates its old auth URL and connected-app consumer keys: log in again and update the secret.`
    default:
      return ''
  }
}
