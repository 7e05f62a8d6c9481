import rule from '../../../../src/classify/rules/dependency/usernames-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Report folder shared with a named user from another org.
      text: 'Cannot find a user that matches any of the following usernames: jane.doe@acme.com, john.roe@acme.com',
      captures: { usernames: 'jane.doe@acme.com, john.roe@acme.com' }
    },
    {
      // Queue member in a sandbox without the .uat suffix.
      text: 'Error in Support_Queue - Cannot find a user that matches any of the following usernames: ops@acme.com',
      captures: { usernames: 'ops@acme.com' }
    }
  ],
  negatives: [
    { text: 'In field: userName - no User named ops@acme.com found' },
    { text: 'Cannot find folder:My Reports' }
  ]
})
