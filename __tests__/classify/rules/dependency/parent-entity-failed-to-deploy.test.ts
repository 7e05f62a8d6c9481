import rule from '../../../../src/classify/rules/dependency/parent-entity-failed-to-deploy.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3140 (layout of a custom metadata type whose object failed)
      text: 'MyCustom__mdt: My Custom Layout: Parent entity failed to deploy'
    },
    {
      // forcedotcom/cli#40
      text: 'Parent entity failed to deploy'
    }
  ],
  negatives: [
    { text: "Dependent class is invalid and needs recompilation:\n Class Foo : Missing ';' at '}'" },
    { text: 'Deploy failed.' }
  ]
})
