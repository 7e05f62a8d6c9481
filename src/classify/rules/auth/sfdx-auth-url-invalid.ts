import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sfdx-auth-url-invalid',
  category: 'auth',
  title: 'The SFDX auth URL secret is malformed',
  surfaces: ['cli', 'log'],
  patterns: [/Invalid SFDX authori[sz]ation URL/, /\bINVALID_SFDX_AUTH_URL\b/, /Invalid SFDX auth URL\b/i],
  explanation:
    'The file or variable passed to `sf org login sfdx-url` is not of the form force://<clientId>:<clientSecret>:<refreshToken>@<instanceUrl>. Usually the CI secret is empty, truncated, quoted, or holds the whole JSON of `org display` instead of the URL.',
  remediation: [
    'Print the URL again with `sf org display --verbose --target-org <alias> --json` and copy only result.sfdxAuthUrl.',
    'Store it without surrounding quotes or line breaks and check the pipeline writes it to the file it passes: `echo "$SFDX_AUTH_URL" > auth.txt && sf org login sfdx-url --sfdx-url-file auth.txt`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm'
  ],
  retryable: false
})
