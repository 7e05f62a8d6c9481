/**
 * `sf project deploy validate` throws `FailedValidationError` with no `result`: the failures exist
 * only as lines of its message (plugin-deploy-retrieve `validate.ts`):
 *
 *   Failed to validate the deployment (0Af…). Due To:
 *   Bar - Test coverage of selected Apex Class is 25%, at least 75% test coverage is required
 *   Average test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.
 *   Error in Foo - Missing ';' at '}' (4:5)
 *   1 component error(s)
 *   FooTest.failsOnPurpose - System.AssertException: …, BarTest.saysHello - System.NullPointerException: …
 *
 * Test failures are comma-joined on one line, and messages can themselves contain ", ", so a
 * failure only starts where ", " is followed by something shaped like `Class.method - `.
 */
import {
  splitTestName,
  type ComponentProblem,
  type CoverageWarning,
  type TestFailure
} from '../../model/evidence.js'
import { isCoverageMessage } from './coverage-text.js'

// A message quoted in a ticket or a chat often arrives joined onto one line: what follows "Due To:" on
// the header line is then the rest of the message, cut back into lines where each of its parts begins.
const HEADER =
  /^Failed to validate the deployment(?: \((?<id>[^)]*)\))?\.?\s*Due To:[ \t]*(?<joinedReasons>[^\n]*)$/i
const JOINED_PART_START =
  / (?=(?:Error|Warning) in \S|\d+ component error\(s\)|Average test coverage across|[\w.]+ - Test coverage of selected)|(?<=\d component error\(s\)) /
const COMPONENT_LINE = /^(?<severity>Error|Warning) in (?<name>.+?) - (?<problem>.+)$/
const COMPONENT_COUNT = /^\d+ component error\(s\)$/i
const NAMED_COVERAGE_LINE =
  /^(?<name>[\w.]+) - (?<message>Test coverage of selected Apex (?:Class|Trigger) .+)$/i
const TEST_LINE = /^(?:\w+\.){1,2}\w+ - /
const TEST_START = /(?:^|, )(?<fullName>(?:\w+\.){1,2}\w+) - /g
const LOCATION_SUFFIX = / \((?<line>\d+):(?<column>\d+)\)$/

export interface ValidationMessageEvidence {
  deployId?: string
  components: ComponentProblem[]
  tests: TestFailure[]
  coverageWarnings: CoverageWarning[]
  /** Lines that fit none of the shapes above, kept so the classifier still sees them. */
  otherLines: string[]
}

export function isValidationFailureMessage(message: string): boolean {
  return HEADER.test(message.split('\n', 1)[0] ?? '')
}

export function readValidationMessage(message: string): ValidationMessageEvidence {
  const [header = '', ...followingLines] = message.split(/\r?\n/)
  const headerMatch = HEADER.exec(header)
  const joinedReasons = headerMatch?.groups?.['joinedReasons']?.trim()
  const lines = joinedReasons
    ? [...joinedReasons.split(JOINED_PART_START), ...followingLines]
    : followingLines
  const evidence: ValidationMessageEvidence = {
    components: [],
    tests: [],
    coverageWarnings: [],
    otherLines: []
  }
  const deployId = headerMatch?.groups?.['id']
  if (deployId) evidence.deployId = deployId

  for (const rawLine of lines) {
    const line = rawLine.trim()
    if (!line || COMPONENT_COUNT.test(line)) continue
    const component = COMPONENT_LINE.exec(line)?.groups
    const namedCoverage = NAMED_COVERAGE_LINE.exec(line)?.groups
    if (component?.['name'] && component['problem']) {
      evidence.components.push(componentFrom(component['name'], component['problem'], component['severity']))
    } else if (namedCoverage?.['name'] && namedCoverage['message']) {
      evidence.coverageWarnings.push({ name: namedCoverage['name'], message: namedCoverage['message'] })
    } else if (isCoverageMessage(line)) {
      evidence.coverageWarnings.push({ message: line })
    } else if (TEST_LINE.test(line)) {
      evidence.tests.push(...testsFrom(line))
    } else {
      evidence.otherLines.push(line)
    }
  }
  return evidence
}

function componentFrom(name: string, problem: string, severity: string | undefined): ComponentProblem {
  const location = LOCATION_SUFFIX.exec(problem)
  return {
    type: '',
    name,
    problem: location ? problem.slice(0, location.index) : problem,
    ...(location?.groups?.['line'] ? { line: Number(location.groups['line']) } : {}),
    ...(location?.groups?.['column'] ? { column: Number(location.groups['column']) } : {}),
    severity: severity === 'Warning' ? 'Warning' : 'Error'
  }
}

function testsFrom(line: string): TestFailure[] {
  const starts = [...line.matchAll(TEST_START)]
  return starts.map((match, index) => {
    const fullName = match.groups?.['fullName'] ?? ''
    const messageStart = (match.index ?? 0) + match[0].length
    const messageEnd = starts[index + 1]?.index ?? line.length
    return {
      ...splitTestName(fullName),
      message: line.slice(messageStart, messageEnd),
      outcome: 'Fail' as const
    }
  })
}
