import rule from '../../../../src/classify/rules/metadata/source-conversion-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf project deploy start failure in a forcedotcom/cli issue
      text: "Component conversion failed: Cannot read properties of undefined (reading 'tagName')",
      captures: { detail: "Cannot read properties of undefined (reading 'tagName')" }
    },
    {
      text: 'MetadataTransferError: Component conversion failed: Unexpected end of XML input',
      surface: 'cli'
    }
  ],
  negatives: [
    {
      text: 'Component conversion succeeded for 12 files'
    }
  ]
})
