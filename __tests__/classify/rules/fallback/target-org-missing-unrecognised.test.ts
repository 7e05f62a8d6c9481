import rule from '../../../../src/classify/rules/fallback/target-org-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // The CLI's message catalogs, names filled in: plugin-org's delete_scratch error.unknownScratch,
    // salesforce-alm's mdDeployCommandCliInvalidUsernameOption and deleteOrgCommandPathError, and
    // plugin-user's permset assign.
    {
      text: 'Unable to find a scratch org with username test-wvkpnfm5z113@example.com.',
      captures: { item: 'scratch org' }
    },
    {
      text: 'That target username doesn’t exist. Try again with a valid target username.',
      captures: { item: 'target username' }
    },
    { text: 'The scratch org config for scratch org ci-scratch does not exist' },
    { text: 'No org or connection found' }
  ],
  negatives: [
    // Something missing in the org, not the org itself: org-item-missing-unrecognised.
    { text: 'Agent Customer_Support_Agent not found in org ci-admin@acme.com.uat.' },
    // The scratch org's definition file is the repository's: runner-item-missing-unrecognised.
    {
      text: 'A scratch org definition file not found at config/project-scratch-def.json. Please create it.'
    },
    // A username in one sentence, a missing column in the next: the text is ours.
    {
      text: 'Running as username ci@acme.com. No such column Region__c on sobject of type Account',
      surface: 'cli'
    }
  ]
})
