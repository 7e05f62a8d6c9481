import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'named-org-not-found',
  category: 'auth',
  title: 'No stored login for org `{org}`',
  surfaces: ['cli', 'log'],
  patterns: [
    /No authorization information found for (?<org>\S+?)\.?(?=\s|$)/,
    /No org config(?:uration)? found for name '?(?<org>[^'\s]+?)'?(?=\s|$)/,
    /No AuthInfo found for (?:name )?'?(?<org>[^'\s]*)'?/,
    /No authenticated org found with the (?<org>\S+) username or alias/,
    /No access token found for "(?<org>[^"\n]+)"\. The org may need to be re-authenticated/,
    // A scratch org user the CLI has no stored login for (an access token passed where a username belongs).
    /\bThe username \S+ was not found for scratch org (?<org>\S+)/
  ],
  explanation:
    'The command named an org alias or username the CLI has no stored auth for. In CI this almost always means the login step failed or was skipped, logged in under a different alias, or ran with a different HOME so its auth files are not visible.',
  remediation: [
    'Check that the login step ran and succeeded in the same job, and that its --alias is `{org}`.',
    'List what this runner knows with `sf org list --all`; log in again if `{org}` is missing, e.g. `sf org login sfdx-url --sfdx-url-file auth.txt --alias {org}`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm'
  ],
  retryable: false
})
