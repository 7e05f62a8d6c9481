import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'platform-asks-retry',
  category: 'transient',
  title: 'Salesforce reported a temporary failure and asked for a retry',
  surfaces: ['component', 'test', 'coverage', 'cli', 'log'],
  patterns: [
    /A fatal signup error occurred\. Please try again/,
    /\bproblem while registering your My Domain value with the DNS provider\b/,
    // A new org whose My Domain name has not reached DNS yet, in the sign-up page's own words.
    /\bDomainNotPropagated(?:_desc)?\b/,
    // The CLI's wait for that DNS name running out (MyDomainResolverTimeoutError).
    /\bMyDomainResolverTimeoutError\b/,
    /\bhas not finished propagating\b/,
    /\bThe scratch org (?:isn[’']t|is not) ready yet\b/,
    /\bretry your request\b/i,
    /\bPlease try again later\b/i,
    /\bAn unknown server error occurred\. Please try again\b/i,
    /\bThe request to create a scratch org failed with error code: (?<code>C-\d{3,5})\b/,
    /\bToo many concurrent Apex compilations\b/i,
    /\btry again in (?:a few minutes|some ?time|a while|a (?:few )?moments?|a bit)\b/i,
    // A test class's coverage dropped because the org was recompiling Apex at the same moment.
    /\bconflicting recompilation task running at the same time\b/
  ],
  explanation:
    'The org or the login service failed in a way it reports as temporary; nothing in the deployment itself is named as the cause.',
  remediation: [
    'Rerun the job; if it fails the same way a second time, check https://status.salesforce.com for the instance.',
    'For scratch org sign-up failures, retry the create; persistent failures go to Salesforce support with the request id.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_create.htm'
  ],
  retryable: true
})
