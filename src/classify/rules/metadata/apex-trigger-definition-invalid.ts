import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-trigger-definition-invalid',
  category: 'metadata',
  title: 'Apex trigger definition is invalid: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bSObject type does not allow triggers: (?<object>\S+))/,
    /(?<detail>\bTrigger type isn't an SObject: (?<object>\S+))/,
    /(?<detail>\bPlatform Event SObjects only supports after insert: [^\n]+)/,
    /(?<detail>\bTrigger Usage Before Undelete is not supported)/,
    /(?<detail>\bDuplicate Trigger Usage: [^\n]+)/
  ],
  explanation:
    'The trigger header names an object that cannot have triggers, or lists trigger events the object does not support (platform events only support after insert; there is no before undelete).',
  remediation: [
    'Fix the trigger header ({detail}): keep only the events the object supports, each once.',
    'Move logic for objects without trigger support into a flow or a trigger on a related object.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
