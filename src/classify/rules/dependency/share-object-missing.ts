import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'share-object-missing',
  category: 'dependency',
  title: 'Share object {shareObject} does not exist in the target org',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Invalid type: (?:Schema\.)?(?<shareObject>\w+__[Ss]hare)\b/,
    /Variable does not exist:\s*(?:Schema\.)?(?<shareObject>\w+__[Ss]hare)\b/,
    /sObject type '(?<shareObject>\w+__[Ss]hare)' is not supported/
  ],
  explanation:
    "Salesforce creates an object's __Share table only while its organization-wide default is Private or Public Read Only, and never for the detail side of a master-detail relationship. In the target org the object is Public Read/Write (or controlled by its parent), so Apex that shares records manually cannot compile.",
  remediation: [
    "Set the object's `<sharingModel>` to `Private` or `Read` in its `.object-meta.xml` and deploy the object before the Apex that uses {shareObject}: `sf project deploy start --metadata CustomObject:<Object>__c`.",
    'Or change the default in the target org under Setup > Sharing Settings and wait for the sharing recalculation to finish.',
    'If the code uses Apex sharing reasons (`{shareObject}.RowCause.<Reason>__c`), deploy the SharingReason metadata with the object.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_bulk_sharing_creating_with_apex.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm'
  ],
  retryable: false
})
