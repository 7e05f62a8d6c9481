import rule from '../../../../src/classify/rules/test/type-conversion.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // OpenAPITools/openapi-generator issue 21460
      text: 'System.TypeException: Invalid conversion from runtime type String to Integer',
      captures: { fromType: 'String', toType: 'Integer' }
    },
    {
      // fflib-apex-mocks issue 15
      text: 'System.TypeException: Invalid conversion from runtime type String to java.lang.Exception',
      captures: { toType: 'java.lang.Exception' }
    }
  ],
  negatives: [{ text: 'Illegal assignment from String to Integer', surface: 'log' }]
})
