import rule from '../../../../src/classify/rules/metadata/package-member-not-visible.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/idecore issue 68, as the IDE printed it
      text: 'Compilation error: Package Visibility: Variable is not visible.',
      captures: { kind: 'Variable' }
    },
    {
      // SalesforceFoundation/NPSP#1472.
      text: 'Package Visibility: Type is not visible: tdtm_config_api',
      captures: { kind: 'Type', member: 'tdtm_config_api' }
    },
    {
      // joeferraro/MavensMate-SublimeText#340.
      text: 'Package Visibility: Method is not visible: lmsilt.ILTUtil.InvokePackageMethod(MAP<String,Object>)',
      captures: { kind: 'Method', member: 'lmsilt.ILTUtil.InvokePackageMethod' }
    },
    {
      // forcedotcom/idecore#68.
      text: 'Package Visibility: Variable is not visible',
      captures: { kind: 'Variable' }
    }
  ],
  negatives: [{ text: 'Method is not visible: void Foo.bar()' }, { text: 'Type is not visible: Foo' }]
})
