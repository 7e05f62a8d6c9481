import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-default-dev-hub',
  category: 'auth',
  title: 'No usable Dev Hub is authorised for this command',
  surfaces: ['cli', 'log'],
  patterns: [
    /No default ?dev ?hub(?:username)? (?:org )?found/i,
    /The specified org (?<org>\S+) is not a Dev Hub/,
    /The provided dev hub username (?<org>\S+) is not a valid dev hub/,
    /\bUnable to associate this scratch org with a DevHub\b/,
    /\bthe associated Dev Hub isn[’']t authorized\b/,
    /\bNoDefaultDevHubError\b/,
    /\bRequiresDevhubUsernameError\b/,
    /This command requires a dev ?hub (?:org )?username/i
  ],
  explanation:
    'Scratch-org and package commands need a Dev Hub. None was given with --target-dev-hub and none is set as default, or the org given does not have Dev Hub enabled.',
  remediation: [
    'Log into the Dev Hub and make it the default: `sf org login jwt ... --alias devhub --set-default-dev-hub`.',
    'Or pass it explicitly: `--target-dev-hub devhub`; check it is a production org with Dev Hub enabled.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs.htm'
  ],
  retryable: false
})
