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
    },
    // forcedotcom/cli#2138 and #1438: faults in the CLI's own code, a CLI bug whatever file it met
    {
      text: 'Error(1): Component conversion failed: fast_xml_parser_1.XMLBuilder is not a constructor',
      surface: 'cli'
    },
    {
      text: "Component conversion failed: Cannot create property 'CustomObject' on string ''",
      surface: 'cli'
    }
  ]
})
