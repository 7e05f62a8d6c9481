import rule from '../../../../src/classify/rules/transient/deployment-retry-limit-exceeded.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Gearset doc on LIMIT_EXCEEDED during deployments
      text: 'LIMIT_EXCEEDED: Try deploying again. Your deployment exceeded its maximum retry limit.'
    },
    {
      text: 'Error (1): LIMIT_EXCEEDED: Try deploying again. Your deployment exceeded its maximum retry limit.',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Maximum retry count reached for package install; aborting' }]
})
