import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-login-cli-fault',
  category: 'unknown',
  title: 'The JWT login failed inside the CLI: {reason}',
  surfaces: ['cli', 'log'],
  patterns: [
    /We encountered a JSON web token error, which is likely not an issue with Salesforce CLI\. Here['’]s the error: (?<reason>(?:TypeError::|structuredClone is not defined)[^\n]*)/
  ],
  explanation:
    'The login step failed, but not because of the key, user or connected app: the CLI itself crashed while making or reading the JWT request ({reason}). This comes from a CLI release with a regression or a Node.js version the CLI does not support.',
  remediation: [
    "Check the Node.js version on the runner (`node --version`) against the CLI's supported versions, and pin the CLI to the last release that logged in (`npm install --global @salesforce/cli@<version>`).",
    "Look for the reason in the CLI's issue tracker (https://github.com/forcedotcom/cli/issues); a fix usually ships in the next weekly release.",
    'Rerun the login once the runner has a working CLI.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_install_cli.htm'
  ],
  retryable: false
})
