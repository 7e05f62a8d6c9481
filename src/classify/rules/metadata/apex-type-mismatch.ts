import { defineRule } from '../../define-rule.js'

// The compiler's words for a type it cannot use where it is written.
const TYPE_MISMATCH_WORDS = [
  /(?<detail>\bIllegal assignment from (?<fromType>\S+) to (?<toType>\S+))/,
  /(?<detail>\bIllegal conversion from \S+ to [^\s]+)/,
  /(?<detail>\bIncompatible types (?:since an instance of|in (?:ternary|null coalescing) operator)[^\n]+)/,
  /(?<detail>\bIncompatible (?:element|key|value) type [^\n]+)/,
  /(?<detail>\bComparison arguments must be compatible types: [^\n]+)/,
  /(?<detail>\bInvalid bind expression type of \S+ for column of type \S+)/,
  /(?<detail>\bInitial term of field expression must be a concrete SObject: [^\n]+)/,
  /(?<detail>\bInitial expression is of incorrect type, expected: [^\n]+)/,
  /(?<detail>\bInvalid initial expression type for field [^\n]+)/,
  /(?<detail>\bInvalid initializer type [^\n]+)/,
  /(?<detail>\bInvalid (?:key|value|loop variable) type [^\n]+)/,
  /(?<detail>\bExpression must be a list type: [^\n]+)/,
  /(?<detail>\bLoop must iterate over collection: [^\n]+)/,
  /(?<detail>\bLoop variable must be a generic SObject or List[^\n]*)/,
  /(?<detail>\bDML requires SObject or SObject list type: [^\n]+)/,
  /(?<detail>\bOperation (?:cast|instanceof) is not allowed on type: [^\n]+)/,
  /(?<detail>\bArithmetic expressions must use numeric arguments)/,
  /(?<detail>\bCondition expression must be of type Boolean: [^\n]+)/,
  /(?<detail>\b(?:Date|Time|Date\/time) expressions must use [^\n]+)/,
  /(?<detail>\b(?:Throw expression|Catch block variable) must be of type exception: [^\n]+)/,
  /(?<detail>\bList index must be of type [^\n]+)/,
  /(?<detail>\b(?:Variables|Parameters|Properties) cannot be of type void)/,
  /(?<detail>\bInequality operator not allowed for this type: [^\n]+)/
]

export default defineRule({
  id: 'apex-type-mismatch',
  category: 'metadata',
  title: 'Apex type mismatch: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  // Never after a runtime exception's name: System.SObjectException, TypeException and QueryException
  // say some of the compiler's words when a test runs, and then the test failed, not the compile.
  patterns: TYPE_MISMATCH_WORDS.map(
    words => new RegExp(String.raw`(?<!Exception: )${words.source}`, words.flags)
  ),
  explanation:
    'An expression has a type the compiler cannot use where it is written: assigning one type to another, comparing unrelated types, binding a value of the wrong type into SOQL, or reading a field from something that is not an SObject.',
  remediation: [
    'Open the line the failure points at and make the types agree ({detail}): cast explicitly, change the variable declaration, or convert the value (String.valueOf, Date.valueOf, Id.valueOf).',
    'For field access on a Map<String, Object> or Object, cast to the concrete SObject type first.',
    'Redeploy the class: `sf project deploy start --metadata ApexClass:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_SOQL_variables.htm'
  ],
  retryable: false
})
