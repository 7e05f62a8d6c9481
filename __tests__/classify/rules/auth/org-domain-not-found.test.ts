import rule from '../../../../src/classify/rules/auth/org-domain-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.150.6 `project deploy start` (exit 2); the cause is a My Domain DNS timeout
      text: 'DomainNotFoundError: Parsing --target-org \n\tThe org cannot be found\nSee more help with --help\nSfError [MyDomainResolverTimeoutError]: The client has timed out.\n  actions: undefined,\n  exitCode: 1'
    },
    {
      // forcedotcom/cli#1136 (sfdx 7)
      text: 'ERROR running force:source:deploy:  The org cannot be found',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'No authorization information found for prod.' }]
})
