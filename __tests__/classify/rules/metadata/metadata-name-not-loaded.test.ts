import rule from '../../../../src/classify/rules/metadata/metadata-name-not-loaded.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/devops-center-feedback issue 257: a tool passing a record id as the name
      text: 'Metadata API received improper input. Please ensure file name and capitalization is correct. Load of metadata from db failed for metadata of type:StandardValueSet and file name:71.',
      surface: 'cli',
      captures: { type: 'StandardValueSet', name: '71' }
    },
    {
      // forcedotcom/cli issue 3309: a retrieve of a type the org does not serve by that name
      text: 'Metadata API received improper input. Please ensure file name and capitalization is correct. Load of metadata from db failed for metadata of type:GenAiPlanner',
      surface: 'cli',
      captures: { type: 'GenAiPlanner' }
    },
    {
      // RoseSilverSoftware/IlluminatedCloud issue 540: a Settings name the API version does not know
      text: "The object 'LeadConvert' of type Settings metadata does not exist.",
      surface: 'cli',
      captures: { name: 'LeadConvert', type: 'Settings' }
    }
  ],
  negatives: [
    // A component the manifest names that the deploy does not carry: package-xml-mismatch.
    {
      text: "An object 'Region__c' of type CustomField was named in package.xml, but was not found in zipped directory",
      surface: 'component'
    },
    { text: 'Load of metadata from the cache took 3 s', surface: 'cli' }
  ]
})
