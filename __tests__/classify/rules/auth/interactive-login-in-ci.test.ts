import rule from '../../../../src/classify/rules/auth/interactive-login-in-ci.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // plugin-auth refusing a browser login on a runner
      text: '"org login web" isn\'t supported when authorizing in a headless environment. Use another OAuth flow, such as the JWT Bearer Flow with the "org login jwt" command.'
    },
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
