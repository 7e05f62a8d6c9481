import rule from '../../../../src/classify/rules/transient/sandbox-auth-not-ready.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core messages/org.md sandboxAuthIncomplete
      text: 'SandboxAuthIncompleteError: The sandbox org completed, but the authentication endpoint is not ready yet (INVALID_STATUS: Processing). Run "org resume sandbox" to retry.'
    },
    {
      // sfdx-core messages/org.md orgPollingTimeout
      text: 'OrgPollingTimeoutError: Sandbox status is Activating; timed out waiting for completion.',
      captures: { status: 'Activating' }
    }
  ],
  negatives: [{ text: 'Sandbox dev01 is ready. Log in with sf org open --target-org dev01' }]
})
