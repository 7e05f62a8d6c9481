import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-invalid-declaration',
  category: 'metadata',
  title: 'Apex declaration is not allowed: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bOnly top-level class (?:methods|variables) can be declared static)/,
    /(?<detail>\b\w+ can only be used on (?:\w+ of )?a top level type)/,
    /(?<detail>\bTop-level type must have public or global visibility)/,
    /(?<detail>\b\w+ methods do not support (?:parameter|return) type of [^\n]+)/,
    /(?<detail>\b(?:Method must have a body|Abstract methods cannot have a body))/,
    /(?<detail>\bDefining type for \w+ methods must be declared as \w+)/,
    /(?<detail>\bTest methods must (?:have no arguments|be in test classes))/,
    /(?<detail>\bTest setup method must return void)/,
    /(?<detail>\bTest class (?:containing a test setup method|annotated with @isTest)[^\n]+)/,
    /(?<detail>\bOnly top-level non-exception class types can be marked as tests)/,
    /(?<detail>\bOnly one method per type can be defined with: [^\n]+)/,
    /(?<detail>\bOnly one parameter is supported on methods with @Invocable annotation)/,
    /(?<detail>\bUnsupported parameter type \S+\. Valid invocable parameters must be List types[^\n]*)/,
    /(?<detail>\bThe only annotation that can be used with InvocableMethod is Deprecated)/,
    /(?<detail>\bNon static AuraEnabled methods (?:may not have parameters|must be named with a prefix 'get'))/,
    /(?<detail>\bClasses extending Exception must have a name ending in 'Exception'[^\n]*)/,
    /(?<detail>\bException class must extend another Exception class[^\n]*)/,
    /(?<detail>\bInner types are not allowed to have (?:inner types|static blocks))/,
    /(?<detail>\bOnly WebService, RemoteAction or Schedulable\.execute[^\n]+)/,
    /(?<detail>\bRemote Action method must be global in a global component)/,
    // Not a value the org lacks ("… value is not valid in your org: <name>"): that is a missing dependency.
    /(?<detail>\bAnnotation property, (?![^\n]*\bvalue is not valid in your org\b)[^\n]+)/,
    /(?<detail>\bNo such property, \w+, defined on this annotation: \w+)/,
    /(?<detail>\bRest Resource url (?:cannot|must|was|wildcard)[^\n]*)/
  ],
  explanation:
    'A class, method or annotation is declared in a way Apex does not allow: a modifier in the wrong place, a test or invocable method with the wrong shape, a parameter type an annotation does not support.',
  remediation: [
    'Change the declaration the failure names so it follows the Apex rule it breaks ({detail}).',
    'Check the annotation reference for the allowed modifiers, parameter and return types.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_annotation.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
