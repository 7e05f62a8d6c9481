import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'scratch-org-settings-failed',
  category: 'metadata',
  title: "The scratch org definition's settings could not be deployed",
  surfaces: ['cli', 'log'],
  patterns: [
    /Failed to deploy settings to scratch org/,
    /\bThe feature value (?<feature>\w+) requires a quantity\b/,
    /\b(?:Invalid scratch org feature|is not a valid scratch org feature|Unknown feature):? (?<feature>\w+)?/i,
    /\b(?<feature>\w+) is not a valid Features value\b/,
    // The same refusal in Japanese, as a Japanese-locale Dev Hub user receives it.
    /\b(?<feature>\w+) ?は有効な機能値ではありません/,
    /\bis not a valid quantity for the Features value (?<feature>\w+)/
  ],
  explanation:
    'The settings block of the scratch org definition file is deployed to the new org as metadata; a setting that is misspelled, needs a feature the definition does not enable, or is not valid for the edition makes that deploy fail.',
  remediation: [
    'Check the settings in config/project-scratch-def.json against the Metadata API settings types and the features the file enables.',
    'Create the org with `--json` to see which setting Salesforce rejected.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file.htm'
  ],
  retryable: false
})
