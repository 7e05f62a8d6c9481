import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'no-default-org',
  category: 'auth',
  title: 'No target org was given and no default org is set',
  surfaces: ['cli', 'log'],
  patterns: [
    /No default environment found/,
    /\bNoDefaultEnvError\b/,
    /No defaultusername org found/,
    /No org configuration found\b/,
    /A default user is not set/,
    /\bNo default org is set\b/,
    /No environment found\. Use -o or --target-org/,
    /No target org found in cache, from a flag, or in the environment/,
    /Must pass a username and\/or OAuth options when creating an AuthInfo instance/,
    // The org flag given with nothing after it: the variable or secret meant to fill it was empty.
    /\bFlag --(?:targetusername|target-org|targetdevhubusername|target-dev-hub) expects a value\b/,
    // jsforce (its CLI and scripts built on it) started with no login at all.
    /\bCredential to salesforce server is not found in options\b/,
    /No org specified and no default org set/,
    /This command requires a (?:target )?(?:org )?username\b/i,
    /\bNo orgs can be found\./,
    /\bCan[’']t find any active scratch orgs, Dev Hubs, or other orgs\b/,
    // plugin-org and plugin-source when a command is given neither a flag nor a default org.
    /\bUnable to determine the username of the org to \w+/
  ],
  explanation:
    'The command did not get --target-org and the CLI has no default org (target-org config). The login step did not use --set-default, or the command runs in another directory or HOME than the login.',
  remediation: [
    'Pass the org explicitly: `sf project deploy start --target-org <alias> ...`.',
    'Or set the default when logging in (`--set-default`) or afterwards with `sf config set target-org=<alias> --global`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_dev_cli_env_variables.htm'
  ],
  retryable: false
})
