import rule from '../../../../src/classify/rules/dependency/page-does-not-exist.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // SFDO-Community/declarative-lookup-rollup-summaries#386: Page.<name> reference in Apex.
      text: 'Page managelookuprollupsummaries does not exist',
      captures: { page: 'managelookuprollupsummaries' }
    },
    {
      // Same with a CLI suffix.
      text: 'Page welcomewizard does not exist (44:30)',
      captures: { page: 'welcomewizard' }
    }
  ],
  negatives: [
    { text: "Apex class 'DatatableCon' does not exist" },
    {
      text: 'Method does not exist or incorrect signature: void setRedirect(Boolean) from the type PageReference'
    }
  ]
})
