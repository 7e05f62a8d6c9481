import rule from '../../../../src/classify/rules/metadata/scratch-org-definition-invalid.js'
import { describeRule } from '../rule-cases.js'

// Texts are sfdx-core's scratch-org sign-up error messages (messages/scratchOrgErrorCodes.md), which the
// CLI prints for the Dev Hub's error code.
describeRule(rule, {
  positives: [
    {
      // salesforce-alm (the sfdx toolbelt), messages unrecognizedScratchOrgOption
      text: 'ERROR running force:org:create:  hasSampleDatas is not a supported option for scratch org configuration.',
      surface: 'cli'
    },
    // salesforce-alm (the sfdx toolbelt), messages InvalidJson
    { text: 'An error occurred parsing "config/project-scratch-def.json"', surface: 'cli' },
    {
      // sfdx-core, messages/scratchOrgInfoGenerator.md: the ancestor rule mentions sfdx-project.json too
      text: 'The package2AncestorIds key is no longer supported in a scratch org definition. Ancestors defined in sfdx-project.json will be included in the scratch org.',
      surface: 'cli'
    },
    {
      // texei-sfdx-plugin docs: a definition exported from XML keeps xsi:nil objects as "$" keys
      text: 'All JSON input must have heads down camelcase keys.  E.g., { sfdcLoginUrl: "https://login.salesforce.com" } Found "$"',
      surface: 'cli'
    },
    {
      // forcedotcom/cli#3260: an org shape's source org id mistyped in the definition
      text: "Can't create scratch org. The specified sourcOrg ID 3SRKB000000KynT isn't valid. Verify the org ID and try again."
    },
    {
      text: 'Error (1): You must specify an edition when creating a scratch org.',
      captures: { detail: 'You must specify an edition when creating a scratch org' }
    },
    {
      // scratch org definition without adminEmail/lastName
      text: 'Required fields are missing from org creation: [LastName]'
    },
    {
      text: 'ERROR running force:org:create: Provide a valid email address in your scratch org definition or your config/project-scratch-def.json file.'
    },
    { text: 'The My Domain value you chose is already in use.' },
    {
      text: 'The template specified in the scratch org definition is unapproved. Contact Salesforce Support to request template approval.'
    },
    { text: 'Required fields are missing for org creation: [Edition]' },
    {
      text: 'We’ve deprecated OrgPreferences. Update the scratch org definition file to replace OrgPreferences with their corresponding settings.'
    },
    {
      text: 'There was an error while reading or parsing the provided scratch definition file: config/project-scratch-def.json'
    },
    {
      // salesforcecli/plugin-org, messages/clone.md: a sandbox definition naming its source twice
      text: "Error (BothSourceIdAndNameProvidedError): You can't specify both `SourceId` and `SourceSandboxName` in the definition file at the same time.",
      captures: {
        detail:
          "You can't specify both `SourceId` and `SourceSandboxName` in the definition file at the same time"
      }
    }
  ],
  negatives: [
    // a temporary sign-up failure, retried by the transient rules
    {
      text: 'A fatal signup error occurred. Please try again. If you still see this error, contact Salesforce Support for assistance.'
    },
    { text: 'The request to create a scratch org failed with error code: C-9999.' },
    // The org shape lives in another org: a missing dependency, not a wrong definition.
    {
      text: 'Can’t create scratch org. No org shape exists for the specified sourceOrg. Create an org shape and try again.'
    }
  ]
})
