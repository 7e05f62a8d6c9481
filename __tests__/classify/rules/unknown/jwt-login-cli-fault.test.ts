import rule from '../../../../src/classify/rules/unknown/jwt-login-cli-fault.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3201: a CLI regression
      text: "Error (JwtGrantError): We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: TypeError::Cannot read properties of undefined (reading 'setContentsFromObject')",
      captures: { reason: "TypeError::Cannot read properties of undefined (reading 'setContentsFromObject')" }
    },
    {
      // forcedotcom/cli#2695: Node too old for the CLI
      text: 'Error (1): We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: structuredClone is not defined',
      captures: { reason: 'structuredClone is not defined' }
    }
  ],
  negatives: [
    {
      // forcedotcom/cli#1257: a real login error, jwt-grant-failed
      text: 'ERROR running auth:jwt:grant: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: Unexpected end of JSON input'
    }
  ]
})
