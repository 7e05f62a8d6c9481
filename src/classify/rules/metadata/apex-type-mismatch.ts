import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-type-mismatch',
  category: 'metadata',
  title: 'Apex type mismatch: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // Never after a runtime exception's name: System.SObjectException, TypeException and QueryException
    // say some of the compiler's words when a test runs, and then the test failed, not the compile.
    /(?<!Exception: )(?<detail>\bIllegal assignment from (?<fromType>\S+) to (?<toType>\S+))/,
    /(?<!Exception: )(?<detail>\bIllegal conversion from \S+ to [^\s]+)/,
    /(?<!Exception: )(?<detail>\bIncompatible types (?:since an instance of|in (?:ternary|null coalescing) operator)[^\n]+)/,
    /(?<!Exception: )(?<detail>\bIncompatible (?:element|key|value) type [^\n]+)/,
    /(?<!Exception: )(?<detail>\bComparison arguments must be compatible types: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bInvalid bind expression type of \S+ for column of type \S+)/,
    /(?<!Exception: )(?<detail>\bInitial term of field expression must be a concrete SObject: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bInitial expression is of incorrect type, expected: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bInvalid initial expression type for field [^\n]+)/,
    /(?<!Exception: )(?<detail>\bInvalid initializer type [^\n]+)/,
    /(?<!Exception: )(?<detail>\bInvalid (?:key|value|loop variable) type [^\n]+)/,
    /(?<!Exception: )(?<detail>\bExpression must be a list type: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bLoop must iterate over collection: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bLoop variable must be a generic SObject or List[^\n]*)/,
    /(?<!Exception: )(?<detail>\bDML requires SObject or SObject list type: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bOperation (?:cast|instanceof) is not allowed on type: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bArithmetic expressions must use numeric arguments)/,
    /(?<!Exception: )(?<detail>\bCondition expression must be of type Boolean: [^\n]+)/,
    /(?<!Exception: )(?<detail>\b(?:Date|Time|Date\/time) expressions must use [^\n]+)/,
    /(?<!Exception: )(?<detail>\b(?:Throw expression|Catch block variable) must be of type exception: [^\n]+)/,
    /(?<!Exception: )(?<detail>\bList index must be of type [^\n]+)/,
    /(?<!Exception: )(?<detail>\b(?:Variables|Parameters|Properties) cannot be of type void)/,
    /(?<!Exception: )(?<detail>\bInequality operator not allowed for this type: [^\n]+)/
  ],
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
