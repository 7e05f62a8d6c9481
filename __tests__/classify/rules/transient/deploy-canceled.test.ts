import rule from '../../../../src/classify/rules/transient/deploy-canceled.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx 7 force:source:deploy progress, printed as-is
      text: 'Status: Canceled\njobid:  0Af1X00000ABCDE'
    },
    {
      // Ant Migration Tool deploy canceled while queued
      text: 'C:\\newClone\\migTool\\lib\\ant-rba-salesforce.xml:866: Deployment was cancelled'
    },
    {
      // plugin-deploy-retrieve messages/errorCodes.md (status Canceled)
      text: 'Error (1): The deploy was canceled.',
      surface: 'log'
    },
    {
      // plugin-deploy-retrieve messages/errorCodes.md (status Canceling)
      text: 'The deploy is being canceled.'
    }
  ],
  negatives: [{ text: "Can't cancel deploy because it's already completed." }]
})
