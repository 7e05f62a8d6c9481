import { defineRule } from '../../define-rule.js'

// The Apex parser's words that the SOQL parser also uses.
const WORDS_SHARED_WITH_SOQL = [
  /(?<detail>\bunexpected token: '?(?<token>[^'\n]{1,80})'?)/,
  /(?<detail>\bexpecting an? [\w -]{1,30}, found '(?<token>[^'\n]{0,80})')/,
  /(?<detail>\b(?:extraneous|mismatched) input '(?<token>[^'\n]{0,80})' expecting [^\n]+)/,
  /(?<detail>\bno viable alternative at (?:input|character) '(?<token>[^'\n]{0,80})')/
]

export default defineRule({
  id: 'apex-syntax-error',
  category: 'metadata',
  title: 'Apex syntax error: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bMissing '(?<expected>[^'\n]{1,20})' at '(?<token>[^'\n]{0,80})')/,
    /(?<detail>\bExpecting '(?<expected>[^'\n]{1,40})' but was: '?(?<token>[^'\n]{0,80})'?)/,
    /(?<detail>\bUnexpected token '(?<token>[^'\n]{1,80})')(?=\.|\s*\(\d|\s*$|\s{2})/,
    /(?<detail>\bExtra '(?<token>[^'\n]{1,40})', at '[^'\n]{0,80}')/,
    /(?<detail>\bUnexpected symbol '(?<token>[^'\n]{1,40})'[^\n]*)/,
    /(?<detail>\bUnrecognized symbol '(?<token>[^'\n]{1,40})', which is not a valid Apex identifier\.?)/,
    /(?<detail>\bFound (?:punctuation symbol or operator '(?<token>[^'\n]{1,10})'|control character [^\n]{1,40}?) that isn't valid in Apex\.?)/,
    /(?<detail>\bMissing closing (?:quote character|mark) [^\n]{1,5} on (?:string|multi-line comment)\.?)/,
    /(?<detail>\bLine breaks are not allowed in string literals)/,
    /(?<detail>\bInvalid string literal '[^\n]*)/,
    /(?<detail>\bInvalid character in identifier: (?<token>\S+))/,
    /(?<detail>\bInvalid identifier '(?<token>[^'\n]+)'\. Apex identifiers must[^\n]*)/,
    /(?<detail>\bUnexpected <EOF>)/,
    /(?<detail>\bUnexpected syntax error: [^\n]+)/,
    /(?<detail>\bExpression cannot be a statement\.?)/,
    /(?<detail>\bInvalid (?:Date|DateTime|Time) '(?<token>[^'\n]+)'\. [^\n]*)/,
    // Words the parser shares with SOQL's: not after a runtime exception's name (QueryException) or a
    // query error's position ("ERROR at Row:1:Column:82", the next line when the CLI prints it over lines).
    ...WORDS_SHARED_WITH_SOQL.map(
      words =>
        new RegExp(
          String.raw`(?<!Exception: (?:line \d{1,6}:\d{1,6} )?|Column:\d{1,6}\s{1,2})${words.source}`,
          words.flags
        )
    )
  ],
  explanation:
    'The Apex parser could not read the class or trigger: a missing semicolon or brace, a stray token, an unterminated string or comment. Nothing in the file compiles until the syntax is fixed, and every class that uses it fails as well.',
  remediation: [
    'Open the class or trigger at the line and column of the failure and fix the syntax ({detail}); the real mistake is often on the line before.',
    'Compile locally before deploying (the Apex language server in VS Code flags the same error), then redeploy: `sf project deploy start --metadata ApexClass:<name>`.',
    'Ignore "Dependent class is invalid" failures on other classes until this one compiles.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
