import rule from '../../../../src/classify/rules/auth/no-default-dev-hub.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // A committed sfdx.log (JMercie/dotfiles): org:create with a Dev Hub whose login was gone
      text: "ERROR running force:org:create:  We couldn't create this sandbox or scratch org because the associated Dev Hub isn't authorized. Authorize the Dev Hub and try again."
    },
    {
      // sfdx-core (messages/org.md) when --target-dev-hub names an org without Dev Hub
      text: 'The provided dev hub username ci@example.com is not a valid dev hub.',
      captures: { org: 'ci@example.com' }
    },
    {
      // sfdx 7 package command without -v
      text: 'RequiresDevhubUsernameError: This command requires a dev hub username. Specify it with the -v parameter or with the "sfdx config:set defaultdevhubusername=<username>" command.'
    },
    {
      // sf-plugins-core errors.NoDefaultDevHub
      text: 'NoDefaultDevHubError: No default dev hub found. Use -v or --target-dev-hub to specify an environment.'
    },
    {
      // sf-plugins-core errors.NotADevHub
      text: 'NotADevHubError: The specified org ci@example.com is not a Dev Hub.',
      captures: { org: 'ci@example.com' }
    }
  ],
  negatives: [{ text: 'No default environment found. Use -o or --target-org to specify an environment.' }]
})
