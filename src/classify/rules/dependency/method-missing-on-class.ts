import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'method-missing-on-class',
  category: 'dependency',
  title: "The target org's {type} has no method {method}({args})",
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // Calls on platform types and standard objects are wrong calls (metadata); calls on our own classes are
    // a class missing or outdated in the target org. Custom objects (`__c`) are sObjects, not classes.
    /\bMethod does not exist or incorrect signature: (?:(?<returnType>[\w.<>,[\]]+) )?(?<method>\w+)\((?<args>[^)\n]*)\) from the type (?!(?:System|Schema|Database|Test|Assert|String|Integer|Long|Decimal|Double|Boolean|Date|Datetime|Time|Id|Blob|Object|SObject|List|Set|Map|JSON|JSONParser|JSONGenerator|Math|Limits|UserInfo|Http|HttpRequest|HttpResponse|Messaging|Approval|Crypto|EncodingUtil|Url|PageReference|ApexPages|Pattern|Matcher|Type|Iterator|Iterable|Exception|Trigger|Search|Site|Network|ConnectApi|Auth|Process|Flow|Cache|QueryLocator|FieldSet|FieldSetMember|DescribeSObjectResult|DescribeFieldResult|SObjectType|SObjectField|PicklistEntry|RecordTypeInfo|ChildRelationship|SaveResult|UpsertResult|DeleteResult|Savepoint|Batchable|BatchableContext|Queueable|QueueableContext|Schedulable|SchedulableContext|SelectOption|StandardController|StandardSetController|SingleEmailMessage|InboundEmail|Dom|XmlStreamReader|XmlStreamWriter|TimeZone|RestRequest|RestResponse|RestContext|Label|Account|Contact|Opportunity|Lead|Case|User|Task|Event|Campaign|Product2|Pricebook2|PricebookEntry|Quote|Order|Contract|Asset|ContentVersion|Attachment|Note)\b)(?<type>[A-Za-z]\w*(?:\.[A-Za-z]\w*)?)(?<!__c|__mdt|__e)\b/i
  ],
  explanation:
    'The code calls {method} on {type}, one of your own classes, but the {type} that will be in the target org has no method with that signature: usually {type} was changed in source but is not part of this deployment, or an older version is already in the org. A typo in the call gives the same message.',
  remediation: [
    'Include {type} in the deployment with the caller: `sf project deploy start --metadata ApexClass:{type} --metadata ApexClass:<caller>`.',
    'If {type} is already deployed, compare the call with its method declaration and fix whichever side is out of date.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_defining_methods.htm'
  ],
  retryable: false
})
