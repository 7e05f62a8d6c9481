/**
 * Wraps a bare failure message in the file the Salesforce CLI would have written for it, so a
 * labelled message goes through the same parsing and classification as a real artifact.
 */
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
      const [className = 'SomeTest', methodName = 'someMethod'] = (entry.testName ?? '').split('.').slice(-2)
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
