import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'limit-exceeded-unrecognised',
  category: 'limits',
  title: 'A Salesforce limit was exceeded',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /\b(?:limit exceeded|exceeded the (?:allowed |maximum )?(?:number|limit|size|count)|exceeds the (?:maximum|allowed|limit)|maximum (?:number|size) of [\w ]{1,40}? (?:exceeded|reached)|over the limit|(?:reached|hit) (?:the|its|your) (?:[\w-]+ )?limit)\b/i,
    /\b(?<limit>(?:[A-Z][A-Z_]{0,60}_)?LIMIT_EXCEEDED|EXCEEDED_[A-Z_]{1,40}LIMIT)\b/,
    // The other ways Salesforce words a cap. Only an org's own limit ("reached its …", "exceeded your
    // org's …"): any tool exceeds "the maximum" of its retries, timeouts or rate.
    /\b(?:reached|exceeded|exceeds|hit) (?:its|your|your org[’']s|your organization[’']s|the org[’']s|this org[’']s) [\w'’ -]{0,60}?\blimit\b/i,
    /\blimit of \d[\d,]* [\w ]{1,60}?(?:exceeded|reached)\b/i,
    /\bToo many [\w ]{1,60}?[.:;] ?[Tt]he maximum (?:[\w ]{1,40} )?is:? ?\d/,
    /\bexceeded your licensed number of\b/
  ],
  explanation:
    'No specific rule knows this message, but Salesforce says a limit was exceeded: a governor limit in Apex, an org allowance (fields, rules, tracked fields, storage) or a size limit of the request.',
  remediation: [
    'Find the limit named in the message and check current usage against it (Setup › Company Information for org allowances, `Limits` methods or a debug log for Apex).',
    'Reduce what the deployment or the code adds (fewer components, bulkified code), or ask Salesforce to raise the allowance.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_overview.htm'
  ],
  retryable: false
})
