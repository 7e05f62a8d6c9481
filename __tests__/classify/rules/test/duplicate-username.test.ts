import rule from '../../../../src/classify/rules/test/duplicate-username.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // patronmanager/apex-dml-manager issue 14
      text: "System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_USERNAME, Duplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations. To resolve, use a different username (it doesn't need to match the user's email address). : [Username]"
    },
    {
      // Same status code in a CI log
      text: 'UserFactoryTest.createsUser - System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_USERNAME, Duplicate Username.: [Username]',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Username: admin@example.com' }]
})
