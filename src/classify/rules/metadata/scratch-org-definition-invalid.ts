import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'scratch-org-definition-invalid',
  category: 'metadata',
  title: 'Scratch org sign-up refused the definition: {detail}',
  surfaces: ['cli', 'log'],
  patterns: [
    // The sign-up error codes' own wording (S-1006, S-2006, S-1017, S-1018, S-1019, S-1026, C-1017, C-1027,
    // T-0003, SH-0001..3, INVALID_ID_FIELD), as the CLI prints them.
    /(?<detail>\bProvide a valid [\w ]{1,40}? in your scratch org definition\b[^\n]{0,80})/i,
    /(?<detail>\bProvide a valid (?:My Domain|namespace(?: prefix)?|template ID)\b[^\n]{0,80})/,
    /(?<detail>\bThe My Domain value you chose is already in use)/,
    /(?<detail>\bSpecify a namespace that[’']s used by a release org associated with your Dev Hub)/,
    /(?<detail>\bThe template specified in the [Ss]cratch (?:[Oo]rg )?[Dd]efinition (?:is unapproved|isn[’']t supported))/,
    /(?<detail>\bCan[’']t create scratch org(?: from org shape)?\. (?:Contact the source org admin to add your Dev Hub|No org shape exists|The org shape version is outdated)[^\n]{0,80})/,
    /(?<detail>\bYou cannot use 'settings' and `?'orgPreferences'[^\n]{0,40})/,
    /(?<detail>\bRequired fields are missing from org creation\b[^\n]{0,80})/,
    /(?<detail>\bYou must specify an edition when creating a scratch org)\b/,
    // sfdx-core's check of the definition file's keys (an XML-to-JSON export leaves "$" keys behind).
    /(?<detail>\bAll JSON input must have heads down camelcase keys\b[^\n]{0,120})/,
    /(?<detail>\bCan[’']t create scratch org\. The specified [\w ]{1,40}? isn[’']t valid)\b/
  ],
  explanation:
    'The Dev Hub rejected the scratch org definition file before creating the org: a value in it (email, country, My Domain, namespace, template, org shape, settings block) is invalid, taken or not allowed for this Dev Hub. Nothing was deployed; the definition has to change.',
  remediation: [
    'Fix the value the message names in the scratch org definition file (usually `config/project-scratch-def.json`).',
    'For a namespace, template or org shape, check it is linked to this Dev Hub (Setup > Namespace Registries, Org Shape) and approved.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file.htm'
  ],
  retryable: false
})
