import rule from '../../../../src/classify/rules/metadata/apex-return-path-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // natewallace/ApexNTLM#6
      text: 'Missing return statement required return type: System.HttpResponse',
      captures: { returnType: 'System.HttpResponse' }
    },
    {
      // Apex compiler message for a branch without a return
      text: 'Non-void method might not return a value or might have statement after a return statement.'
    }
  ],
  negatives: [{ text: 'Missing required field: Name' }, { text: "Missing ';' at 'return'" }]
})
