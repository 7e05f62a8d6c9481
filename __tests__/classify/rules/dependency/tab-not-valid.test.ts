import rule from '../../../../src/classify/rules/dependency/tab-not-valid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // amtrack/sfdx-plugin-source-read#66: feature-gated standard tab.
      text: "You can't edit tab settings for AccountAccountRelation, as it's not a valid tab.",
      captures: { tab: 'AccountAccountRelation' }
    },
    {
      // forcedotcom/cli#263: with the CLI suffix.
      text: "You can't edit tab settings for WelcomeLightning, as it's not a valid tab. (0:0)",
      captures: { tab: 'WelcomeLightning' }
    }
  ],
  negatives: [{ text: 'In field: tab - no CustomTab named Hello found' }, { text: "You can't edit this tab" }]
})
