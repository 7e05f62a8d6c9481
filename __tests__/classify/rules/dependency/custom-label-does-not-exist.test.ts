import rule from '../../../../src/classify/rules/dependency/custom-label-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#695, with the CLI suffix.
      text: 'External string does not exist: Sample_Label (3:24)',
      captures: { label: 'Sample_Label' }
    },
    {
      // fflib-apex-common#357, inside a test-surface cascade text.
      text: 'External string does not exist: fflib_security_error_object_not_insertable',
      surface: 'test',
      captures: { label: 'fflib_security_error_object_not_insertable' }
    }
  ],
  negatives: [{ text: 'Not in package.xml' }, { text: 'Duplicate label: Sample_Label' }]
})
