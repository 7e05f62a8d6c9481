import rule from '../../../../src/classify/rules/auth/interactive-login-in-ci.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core messages/auth.md pollingTimeout
      text: 'PollingTimeoutError: The device authorization request timed out. After executing force:auth:device:login, you must approve access to the device within 10 minutes.'
    },
    {
      // sfdx-core messages/auth.md portInUse
      text: 'PortInUseError: Cannot start the OAuth redirect server on port 1717.'
    }
  ],
  negatives: [{ text: 'The command has timed out, although the deployment is still running.' }]
})
