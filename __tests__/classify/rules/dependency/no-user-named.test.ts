import rule from '../../../../src/classify/rules/dependency/no-user-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // hardisgroupcom/sfdx-hardis#374: user-pasted CLI output (username masked there).
      text: 'In field: userName - no User named thomas.beaumenil@***.fr found',
      captures: { username: 'thomas.beaumenil@***.fr' }
    },
    {
      // Workflow email alert sender copied from production into a sandbox.
      text: 'In field: senderAddress - no User named admin@acme.com found (14:3)',
      captures: { username: 'admin@acme.com' }
    }
  ],
  negatives: [
    { text: 'Cannot find a user that matches any of the following usernames: a@b.com' },
    { text: 'In field: field - no CustomField named User.Region__c found' }
  ]
})
