import rule from '../../../../src/classify/rules/auth/jwt-grant-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // a CumulusCI-style wrapper that keeps only the CLI's first line
      text: 'Unknown error in Apex Library: Error authenticating with JWT.'
    },
    {
      // forcedotcom/cli#1257
      text: 'ERROR running auth:jwt:grant: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: Unexpected end of JSON input',
      captures: { reason: 'Unexpected end of JSON input' }
    },
    {
      // sfdx-core JwtAuthError attempt list (authentication failure for every login URL)
      text: 'JwtAuthError: Error authenticating with JWT.\nErrors encountered:\nauthentication failure\nauthentication failure',
      captures: { reason: 'authentication failure' }
    }
  ],
  negatives: [
    {
      // forcedotcom/cli#2695: a Node version problem, not a login one
      text: 'Error (1): We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: structuredClone is not defined'
    },
    {
      // forcedotcom/cli#3201: a CLI regression
      text: "Error (JwtGrantError): We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: TypeError::Cannot read properties of undefined (reading 'setContentsFromObject')"
    }
  ]
})
