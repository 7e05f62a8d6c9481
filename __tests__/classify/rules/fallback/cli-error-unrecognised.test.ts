import rule from '../../../../src/classify/rules/fallback/cli-error-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    { text: 'SomeNewError: The command could not finish for a reason this catalog has not seen' },
    { text: 'Error: Unexpected argument: --foo' }
  ],
  negatives: [
    { text: 'NamedOrgNotFoundError: Parsing --target-org \n\tNo authorization information found for prod.' },
    // A log line is never claimed by the CLI catch-all: logs are mostly noise.
    { text: 'Something odd happened', surface: 'log' }
  ]
})
