import rule from '../../../../src/classify/rules/metadata/aura-markup-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/salesforcedx-vscode#1855
      text: 'c:helloWorld:4,59: Invalid attribute "name"',
      captures: { component: 'c:helloWorld', line: '4' }
    },
    {
      // RoseSilverSoftware/IlluminatedCloud#483
      text: "Failed to save undefined: Cannot mix expression and literal string in attribute value, try rewriting like {!'foo' + v.bar}: Source"
    }
  ],
  negatives: [
    { text: 'No COMPONENT named markup://c:singleFieldDisplayerReadOnly found : [markup://c:AnythingBoard]' },
    { text: 'Invalid attribute value' }
  ]
})
