import rule from '../../../../src/classify/rules/metadata/apex-type-mismatch.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // tiaanswart/lightning-fieldset#1
      text: 'Illegal assignment from Map to Map',
      captures: { fromType: 'Map', toType: 'Map' }
    },
    {
      // watson-developer-cloud/salesforce-sdk#65
      text: 'Initial term of field expression must be a concrete SObject: Map<String,Object>'
    },
    {
      // Apex compiler (jorje) message text
      text: 'Comparison arguments must be compatible types: String, Date'
    },
    {
      // beyond-the-cloud-dev/soql-lib#119, compile-time form
      text: 'Invalid bind expression type of Date for column of type String'
    },
    {
      // pegros/PEG_LIST#84
      text: 'DML requires SObject or SObject list type: List'
    }
  ],
  negatives: [
    // The same words in a test's runtime exception, with its stack: apex-runtime-exception (test).
    {
      text: 'System.SObjectException: Illegal assignment from String to Integer\nClass.ContractManager.updateContract: line 33, column 1',
      surface: 'test'
    },
    {
      text: 'System.QueryException: Invalid bind expression type of Date for column of type String',
      surface: 'test'
    },
    { text: 'System.TypeException: Invalid conversion from runtime type String to Integer' },
    // salesforce.stackexchange.com question 324002: the compiler's words, thrown at run time by a
    // comparison through the safe-navigation operator.
    {
      text: 'System.TypeException: Comparison arguments must be compatible types: String, Boolean',
      surface: 'test'
    }
  ]
})
