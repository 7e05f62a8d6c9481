import rule from '../../../../src/classify/rules/metadata/insufficient-access-cross-reference.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // fflib-apex-common-samplecode#16: CustomObject Goal in an org without the feature.
      text: 'insufficient access rights on cross-reference id'
    },
    {
      // forcedotcom/cli#3401: the status-code form in a CLI envelope.
      text: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id',
      surface: 'cli'
    }
  ],
  negatives: [
    {
      // The same DML failure printed in a CI log belongs to the test that raised it.
      text: 'Class.FooTest.run: System.DmlException: Insert failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []',
      surface: 'log'
    },
    // inside an Apex test it is a test failure
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, insufficient access rights on cross-reference id: []',
      surface: 'test'
    },
    { text: 'INVALID_CROSS_REFERENCE_KEY: invalid cross reference id' }
  ]
})
