import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-undeclared-variable',
  category: 'metadata',
  title: 'Apex uses a variable it never declared: {name}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // Only a bare lowerCamelCase name: by Apex convention a local variable, parameter or member of the
    // class. Classes, standard fields (PascalCase), custom fields (__c, __r) and dotted references stay
    // with variable-does-not-exist, which reads them as something missing from the org.
    /(?<!QueryException: )Variable does not exist:\s*(?<name>[a-z][a-zA-Z0-9]*)(?!\w|\.\w)/
  ],
  explanation:
    'The Apex compiler found no declaration for `{name}`. A lowercase name with no dot or `__c` is usually a local variable, a parameter or a member of the class itself, so the code is wrong (a typo, a declaration removed or never committed). Apex ignores case, though: a package namespace or a standard field written in lower case reads the same.',
  remediation: [
    'Open the file at the line the error gives and declare `{name}` or fix its spelling (a plural, a renamed parameter).',
    'If the class compiled before this change, look in the diff for the declaration of `{name}` that was removed or renamed.',
    'If another error in the same class came first (an `Invalid type` or a missing field in the declaration of `{name}`), fix that one: this error is its echo.',
    'If `{name}` is a package namespace or a standard field written in lower case (`npe01`, `middleName`), install the package or enable the feature in the target org instead.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_variables.htm'],
  retryable: false
})
