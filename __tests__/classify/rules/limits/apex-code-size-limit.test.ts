import rule from '../../../../src/classify/rules/limits/apex-code-size-limit.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // deploy problem posted in a public issue (Salesforce's own misspelling kept)
      text: 'The total size of apex code in this application after removing comments exceeds the maxiumum character size of 5000000',
      captures: { count: '5000000' }
    },
    {
      // deploy of the apex-mdapi MetadataService class (public issue)
      text: 'Class MetadataService : Script too large'
    }
  ],
  negatives: [
    {
      text: 'The script ran in 4 seconds'
    }
  ]
})
