import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'type-conversion',
  category: 'test',
  title: 'Apex could not convert a {fromType} to {toType} at runtime',
  surfaces: ['test', 'cli', 'log'],
  patterns: [/Invalid conversion from runtime type (?<fromType>[\w.<>]+) to (?<toType>[\w.<>]+)/],
  explanation:
    'A cast or an assignment from a generic value (Object, Map<String, Object> from JSON, SObject.get) found a value of a different type than the code expects.',
  remediation: [
    'Check the type of the value at the line in the stack trace (`value instanceof Type`) before casting.',
    'For JSON or field values, convert explicitly (e.g. `Integer.valueOf(String.valueOf(v))`).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_classes_exception_methods.htm'
  ],
  retryable: false
})
