import rule from '../../../../src/classify/rules/unknown/api-resource-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // sfdx force:community:create in an org without Digital Experiences (forcedotcom/cli issue)
    { text: 'ERROR running force:community:create: The requested resource does not exist' },
    { text: 'NOT_FOUND: The requested resource does not exist' }
  ],
  negatives: [
    { text: "Entity of type 'ApexClass' named 'Foo' cannot be found" },
    { text: 'The requested operation is not yet supported by this SObject storage type' }
  ]
})
