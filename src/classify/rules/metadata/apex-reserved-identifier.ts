import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'apex-reserved-identifier',
  category: 'metadata',
  title: 'Apex uses a reserved or invalid identifier: {detail}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /(?<detail>\bIdentifier (?:name|type) is reserved: (?<name>\S+))/,
    /(?<detail>\bIdentifier cannot be a keyword: (?<name>\S+))/,
    /(?<detail>\bIdentifier name is too long: (?<name>\S+))/
  ],
  explanation:
    'A class, variable or method uses a name that Apex reserves (some become reserved in newer API versions) or that is too long.',
  remediation: [
    'Rename the identifier the failure names ({detail}) and update its references.',
    'If the class deployed before, compare its API version: a newer version can reserve more words.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_reserved_words.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_dev_guide.htm'
  ],
  retryable: false
})
