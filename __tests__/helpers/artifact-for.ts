/**
 * Wraps a bare failure message in the file the Salesforce CLI would have written for it, so a
 * labelled message goes through the same parsing and classification as a real artifact.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fixturePath } from './fixtures.js'

export interface LabelledMessage {
  id: number | string
  message: string
  surface: 'component' | 'test' | 'coverage' | 'cli' | 'deploy-error'
  label: string
  name?: string
  componentType?: string
  componentName?: string
  testName?: string
  source?: string
  debatable?: boolean
}

/** Every labelled set in `fixtures/labelled/` (sets in `pending/` are not read until they are tuned on). */
export function readLabelledMessages(): LabelledMessage[] {
  return readdirSync(fixturePath('labelled'))
    .filter(name => name.endsWith('.jsonl'))
    .flatMap(name =>
      readFileSync(fixturePath('labelled', name), 'utf8')
        .split('\n')
        .filter(line => line.trim())
        .map(line => JSON.parse(line) as LabelledMessage)
    )
}

/** `Class.method` from the label (the last two parts of a namespaced name), or a stand-in. */
function testClassAndMethod(entry: LabelledMessage): [className: string, methodName: string] {
  const [className = 'SomeTest', methodName = 'someMethod'] = (entry.testName || 'SomeTest.someMethod')
    .split('.')
    .slice(-2)
  return [className, methodName]
}

export function artifactFor(entry: LabelledMessage): unknown {
  const emptyRun = {
    numTestsRun: 0,
    numFailures: 0,
    failures: [],
    codeCoverage: [],
    codeCoverageWarnings: []
  }
  const deploy = (details: unknown, extra: Record<string, unknown> = {}) => ({
    status: 1,
    result: {
      status: 'Failed',
      success: false,
      done: true,
      numberComponentErrors: 0,
      numberTestErrors: 0,
      details,
      ...extra
    }
  })
  switch (entry.surface) {
    case 'component':
      return deploy(
        {
          componentFailures: [
            {
              componentType: entry.componentType ?? 'ApexClass',
              fullName: entry.componentName ?? 'Component',
              problem: entry.message,
              problemType: 'Error',
              success: false
            }
          ],
          runTestResult: emptyRun
        },
        { numberComponentErrors: 1 }
      )
    case 'test': {
      const [className, methodName] = testClassAndMethod(entry)
      return {
        status: 100,
        result: {
          summary: { outcome: 'Failed', testsRan: 1, passing: 0, failing: 1, skipped: 0 },
          tests: [
            {
              Outcome: 'Fail',
              MethodName: methodName,
              FullName: `${className}.${methodName}`,
              Message: entry.message,
              StackTrace: `Class.${className}.${methodName}: line 1, column 1`,
              ApexClass: { Name: className, NamespacePrefix: null }
            }
          ]
        }
      }
    }
    case 'coverage':
      return deploy({
        componentFailures: [],
        runTestResult: {
          ...emptyRun,
          numTestsRun: 3,
          codeCoverageWarnings: [
            { name: entry.componentName ?? null, namespace: null, message: entry.message }
          ]
        }
      })
    case 'deploy-error':
      return deploy(
        { componentFailures: [], runTestResult: emptyRun },
        { errorMessage: entry.message, errorStatusCode: entry.name ?? 'UNKNOWN_EXCEPTION' }
      )
    case 'cli':
      return {
        name: entry.name ?? 'Error',
        message: entry.message,
        exitCode: 1,
        status: 1,
        code: '1',
        context: 'DeployMetadata',
        commandName: 'DeployMetadata',
        cause: 'undefined',
        warnings: []
      }
  }
}

export interface ArtifactVariant {
  /** What wrote it, e.g. "sfdx toolbelt JSON". */
  kind: string
  path: string
  content: string
}

/**
 * The same message as other CLI generations and modes would have written it: a bare DeployResult,
 * toolbelt JSON, human-mode stdout/stderr, JUnit. A cause must not depend on which one a team saved.
 */
export function artifactVariantsFor(entry: LabelledMessage): ArtifactVariant[] {
  const json = (kind: string, value: unknown) => ({ kind, path: 'out.json', content: JSON.stringify(value) })
  const text = (kind: string, content: string) => ({ kind, path: 'step.log', content })
  const type = entry.componentType ?? 'ApexClass'
  const name = entry.componentName ?? 'Component'
  const [className, methodName] = testClassAndMethod(entry)
  const message = entry.message
  const failedDeploy = (extra: Record<string, unknown>) => ({
    status: 1,
    result: { id: '0Af000000000001AAA', status: 'Failed', success: false, done: true, ...extra }
  })
  switch (entry.surface) {
    case 'component': {
      const failure = { componentType: type, fullName: name, problem: message, problemType: 'Error' }
      return [
        json('Metadata API result, single failure as an object', {
          status: 0,
          result: { status: 'Failed', success: 'false', details: { componentFailures: failure } }
        }),
        json('sfdx toolbelt DeployFailed', {
          status: 1,
          name: 'DeployFailed',
          message: 'Deploy failed.',
          result: [{ error: message, fullName: name, type, problemType: 'Error' }]
        }),
        text('sf human-mode stdout', humanComponentTable(type, name, message.replace(/\s*\n\s*/g, ' ')))
      ]
    }
    case 'test':
      return [
        json('deploy with RunLocalTests', {
          ...failedDeploy({
            numberTestErrors: 1,
            details: {
              componentFailures: [],
              runTestResult: {
                numTestsRun: 1,
                numFailures: 1,
                failures: [
                  {
                    name: className,
                    methodName,
                    message,
                    stackTrace: `Class.${className}.${methodName}: line 10, column 1`
                  }
                ]
              }
            }
          })
        }),
        {
          kind: 'JUnit',
          path: 'junit.xml',
          content: `<testsuites><testsuite name="force.apex" tests="1" failures="1"><testcase name="${methodName}" classname="${className}"><failure message="${xmlAttribute(message)}"/></testcase></testsuite></testsuites>`
        }
      ]
    case 'coverage':
      return [
        json('deploy coverage warning as an object', {
          ...failedDeploy({
            details: {
              runTestResult: {
                numTestsRun: 5,
                numFailures: 0,
                codeCoverageWarnings: { name: entry.componentName ?? '', message }
              }
            }
          })
        })
      ]
    case 'deploy-error':
      return [
        json('deploy refused with only an errorMessage', failedDeploy({ errorMessage: message })),
        json('CLI error envelope', { status: 1, name: 'DeployFailed', message, exitCode: 1 })
      ]
    case 'cli':
      return [
        json('sfdx error envelope with a stack', {
          status: 1,
          name: entry.name ?? 'Error',
          message,
          exitCode: 1,
          stack: `${entry.name ?? 'Error'}: ${message}\n    at run (command.js:1:1)`
        }),
        text('sf human-mode stderr', `Error (1): ${message}\n\nTry this:\n\nRerun the command.\n`),
        text('sfdx human-mode stderr', `ERROR running force:source:deploy:  ${message}\n`)
      ]
  }
}

/** The table `sf project deploy start` prints, its columns padded to the widest cell as the CLI does. */
function humanComponentTable(type: string, name: string, problem: string): string {
  const rows = [
    ['Type', 'Name', 'Problem'],
    [type, name, problem]
  ]
  const widths = [0, 1].map(column => Math.max(...rows.map(row => (row[column] ?? '').length)))
  const format = (row: string[]) =>
    ` ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`
  const [header = [], failure = []] = rows
  return [
    'Status: Failed',
    'Deploy ID: 0Af000000000001AAA',
    '',
    'Component Failures [1]',
    format(header),
    '-'.repeat(format(failure).length),
    format(failure),
    ''
  ].join('\n')
}

function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
}
