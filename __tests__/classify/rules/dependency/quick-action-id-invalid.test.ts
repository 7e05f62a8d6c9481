import rule from '../../../../src/classify/rules/dependency/quick-action-id-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/dreamhouse-sfdx#43: layout quick action list.
      text: 'The ActionId specified was invalid for ActionType QuickAction.'
    },
    {
      // sfdx-mass-action-scheduler#121: the same text during a package install, wrapped in a log line.
      text: 'Error: Layout Account-Account Layout: The ActionId specified was invalid for ActionType QuickAction.',
      surface: 'log'
    }
  ],
  negatives: [
    { text: 'In field: QuickAction - no QuickAction named NewContact found' },
    { text: 'The ActionId specified was invalid for ActionType Flow' }
  ]
})
