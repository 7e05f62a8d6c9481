import rule from '../../../../src/classify/rules/fallback/auth-command-failed-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli issue, sfdx auth:sfdxurl:store in CI
      text: "ERROR running auth:sfdxurl:store:  Cannot read properties of undefined (reading 'id')",
      captures: { command: 'auth:sfdxurl:store' }
    },
    {
      text: 'ERROR running force:auth:jwt:grant:  Unexpected token u in JSON at position 0',
      captures: { command: 'force:auth:jwt:grant' }
    }
  ],
  negatives: [
    {
      text: 'ERROR running force:source:deploy:  Deploy failed.'
    },
    {
      text: 'ERROR running force:org:create:  Something went wrong'
    }
  ]
})
