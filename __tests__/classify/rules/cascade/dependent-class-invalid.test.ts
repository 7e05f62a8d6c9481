import rule from '../../../../src/classify/rules/cascade/dependent-class-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Cut off where the poster's log cut it: no inner message, the cascade stands on its own.
      text: 'Dependent class is invalid and needs recompilation: Class ConsentCaptureService :',
      captures: { dependentOn: 'ConsentCaptureService' }
    },
    {
      // sf 2.146.3 against the simulated org: FooTest fails because Foo does not compile.
      text: "Dependent class is invalid and needs recompilation:\n Class Foo : Missing ';' at '}'",
      captures: { dependentOn: 'Foo', inner: "Missing ';' at '}'" }
    },
    {
      text: 'Dependent class is invalid and needs recompilation: Class AccountService : Variable does not exist: Region__c',
      surface: 'test',
      captures: { dependentOn: 'AccountService' }
    }
  ],
  negatives: [
    { text: 'Dependent class is invalid' },
    { text: 'Class AccountService needs recompilation after the last release' }
  ]
})
