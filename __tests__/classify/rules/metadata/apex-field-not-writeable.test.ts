import rule from '../../../../src/classify/rules/metadata/apex-field-not-writeable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // douglascayers/sfdc-convert-notes-to-chatter-notes#36
      text: 'Field is not writeable: ContentVersion.CreatedById',
      captures: { object: 'ContentVersion', field: 'CreatedById' }
    },
    {
      // Apex compiler (jorje) message text
      text: 'Final members can only be assigned in their declaration, init blocks, or constructors: MAX_ROWS'
    }
  ],
  negatives: [
    { text: 'System.SObjectException: Field Name is not editable' },
    { text: 'Field does not exist: Region__c on Account' }
  ]
})
