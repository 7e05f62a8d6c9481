import rule from '../../../../src/classify/rules/dependency/dev-hub-link-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Salesforce DX guide, scratch org error codes
      text: 'Namespace isn’t registered. To use a namespace with a scratch org, you must link the Developer Edition org where the namespace is registered to a Dev Hub org.',
      captures: { what: 'Namespace' }
    },
    {
      // flxbl-io/docs-sfp, common errors: org shapes
      text: 'No org shape exists for the specified sourceOrg. Create an org shape and try again.',
      captures: { what: 'org shape' }
    },
    {
      // sfdx-core, messages/scratchOrgErrorCodes.md, as the CLI prints a sign-up error
      text: 'Error (RemoteOrgSignupFailed): Can’t create scratch org. Contact the source org admin to add your Dev Hub org ID to Setup > Org Shape. Then try again.'
    },
    {
      text: 'Can’t create scratch org from org shape. The org shape version is outdated. Recreate the org shape and try again.'
    },
    { text: 'Specify a namespace that’s used by a release org associated with your Dev Hub org.' },
    {
      // scratch-org creation naming a namespace that is not linked to this Dev Hub
      text: 'We don’t recognize this namespace: smon. Did you register it in your Dev Hub org?'
    },
    {
      text: "It's possible that the package was created on a different Dev Hub. Authenticate to the Dev Hub org that owns the package, and reference that Dev Hub when running the command.",
      captures: { what: 'package' }
    }
  ],
  negatives: [
    // A namespace prefix the definition spells wrongly is the definition's fault.
    { text: 'Provide a valid namespace prefix in your scratch org definition.' },
    { text: 'Create an org shape: sf org create shape --target-org prod' },
    { text: 'Error (1): The org shape for 00D5e000000Ab1C was created successfully.' }
  ]
})
