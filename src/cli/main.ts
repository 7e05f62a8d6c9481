/**
 * `sf-failure-triage [options] <path...>`: the same engine as the action, on local files, so a
 * developer sees exactly what CI will say. Exit 0 when a triage was produced (whatever it found),
 * 2 on bad usage, 1 on an internal error — one line on stderr, never a stack trace unless asked.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readInputs } from '../acquire/read-inputs.js'
import { parseUserRules, UserRulesError } from '../classify/user-rules.js'
import type { Triage } from '../model/triage.js'
import { renderPlaybook } from '../render/playbook.js'
import { renderSlack } from '../render/slack.js'
import { renderSummary } from '../render/summary.js'
import { DEFAULT_COVERAGE_THRESHOLD, triageFiles } from '../triage.js'

const FORMATS = ['markdown', 'json', 'playbook', 'slack'] as const
type Format = (typeof FORMATS)[number]

export const USAGE = `Usage: sf-failure-triage [options] <path...>

Triage a failed Salesforce deploy from its logs: files, folders or an artifact .zip.

Options:
  --format <markdown|json|playbook|slack>  what to print (default: markdown)
  --out <dir>                 also write summary.md, playbook.md and triage.json to <dir>
  --coverage-threshold <n>    required coverage percentage (default: ${DEFAULT_COVERAGE_THRESHOLD})
  --rules <file>              extra rules (YAML or JSON), evaluated before the built-in catalog
  --debug                     print stack traces of internal errors
  -h, --help                  show this help`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

class UsageError extends Error {}

interface CliSettings {
  paths: string[]
  format: Format
  outDir?: string
  coverageThreshold: number
  rulesFile?: string
  debug: boolean
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let settings: CliSettings
  try {
    const parsed = readSettings(argv)
    if (parsed === 'help') {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    settings = parsed
  } catch (error) {
    io.stderr(
      `sf-failure-triage: ${messageOf(error)}\n${error instanceof UsageError ? 'Run with --help for usage.\n' : ''}`
    )
    return 2
  }
  try {
    const triage = await triagePaths(settings)
    io.stdout(render(triage, settings.format))
    if (settings.outDir) await writeReports(triage, settings.outDir)
    return 0
  } catch (error) {
    if (error instanceof UserRulesError) {
      io.stderr(`sf-failure-triage: ${error.message}\n`)
      return 2
    }
    io.stderr(`sf-failure-triage: internal error: ${messageOf(error)}\n`)
    if (settings.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return 1
  }
}

function readSettings(argv: string[]): CliSettings | 'help' {
  let values
  let positionals
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'markdown' },
        out: { type: 'string' },
        'coverage-threshold': { type: 'string', default: String(DEFAULT_COVERAGE_THRESHOLD) },
        rules: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }))
  } catch (error) {
    throw new UsageError(messageOf(error))
  }
  if (values.help) return 'help'
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`)
  }
  const threshold = Number(values['coverage-threshold'])
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(
      `--coverage-threshold must be a number from 0 to 100; got "${values['coverage-threshold']}"`
    )
  }
  if (positionals.length === 0) throw new UsageError('name at least one file, folder or .zip to read')
  return {
    paths: positionals,
    format: values.format as Format,
    ...(values.out ? { outDir: values.out } : {}),
    coverageThreshold: threshold,
    ...(values.rules ? { rulesFile: values.rules } : {}),
    debug: values.debug
  }
}

async function triagePaths(settings: CliSettings): Promise<Triage> {
  const userRules = settings.rulesFile ? await loadRules(settings.rulesFile) : []
  const { files, unreadable } = await readInputs(settings.paths)
  return triageFiles(files, unreadable, { coverageThreshold: settings.coverageThreshold, userRules })
}

async function loadRules(path: string) {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UserRulesError(
      `${path}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`
    )
  }
  return parseUserRules(text, path)
}

function render(triage: Triage, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(triage, null, 2)}\n`
    case 'playbook':
      return renderPlaybook(triage)
    case 'slack':
      return `${JSON.stringify(renderSlack(triage), null, 2)}\n`
    case 'markdown':
      return renderSummary(triage)
  }
}

async function writeReports(triage: Triage, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true })
  await Promise.all([
    writeFile(join(outDir, 'summary.md'), renderSummary(triage)),
    writeFile(join(outDir, 'playbook.md'), renderPlaybook(triage)),
    writeFile(join(outDir, 'triage.json'), `${JSON.stringify(triage, null, 2)}\n`)
  ])
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
