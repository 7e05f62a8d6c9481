import rule from '../../../../src/classify/rules/transient/admin-setup-locked.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // RoseSilverSoftware/IlluminatedCloud#330
      text: "Deployment failed (ALREADY_IN_PROCESS) - null: The changes you requested require salesforce.com to temporarily lock your organization's administration setup. However, the administration setup has already been locked by another change. Please wait for the previous action to finish, then try again later.",
      surface: 'component'
    },
    {
      // forcedotcom/cli#645
      text: 'admin operation already in progress',
      surface: 'component'
    },
    {
      text: "ALREADY_IN_PROCESS: The changes you requested require salesforce.com to temporarily lock your organization's administration setup.",
      surface: 'cli'
    }
  ],
  negatives: [{ text: 'This schedulable class has jobs pending or in progress', surface: 'component' }]
})
