import rule from '../../../../src/classify/rules/auth/org-api-versions-unavailable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core messages/connection.md noApiVersionsError
      text: 'NoApiVersionsError: Org failed to respond with its list of API versions. This is usually the result of domain changes like activating MyDomain or Enhanced Domains'
    },
    {
      // sfdx-core messages/connection.md noInstanceUrl
      text: 'NoInstanceUrlError: Connection has no instanceUrl.'
    }
  ],
  negatives: [{ text: 'Invalid API version 42. Expecting format "[1-9][0-9].0", i.e. 42.0' }]
})
