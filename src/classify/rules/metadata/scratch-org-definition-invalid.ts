import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'scratch-org-definition-invalid',
  category: 'metadata',
  title: 'The scratch org or sandbox definition was refused: {detail}',
  surfaces: ['cli', 'log'],
  patterns: [
    // The sign-up error codes' own wording (S-1006, S-2006, S-1017, S-1018, S-1019, S-1026, C-1017, C-1027,
    // T-0003, SH-0001..3, INVALID_ID_FIELD), as the CLI prints them.
    /(?<detail>\bProvide a valid [\w ]{1,40}? in your scratch org definition\b[^\n]{0,80})/i,
    /(?<detail>\bProvide a valid (?:My Domain|namespace(?: prefix)?|template ID)\b[^\n]{0,80})/,
    /(?<detail>\bThe My Domain value you chose is already in use)/,
    /(?<detail>\bThe template specified in the [Ss]cratch (?:[Oo]rg )?[Dd]efinition (?:is unapproved|isn[’']t supported))/,
    /(?<detail>\bYou cannot use 'settings' and `?'orgPreferences'[^\n]{0,40})/,
    /(?<detail>\bRequired fields are missing (?:from|for) org creation\b[^\n]{0,80})/,
    // sfdx-core's own checks of the definition file (messages/scratchOrgInfoGenerator.md, scratchOrgCreate.md).
    /(?<detail>\bWe[’']ve deprecated OrgPreferences\b[^\n]{0,80})/,
    /(?<detail>\bThe package2AncestorIds key is no longer supported in a scratch org definition)\b/,
    /(?<detail>\bOrg snapshots don[’']t support one or more options you specified\b[^\n]{0,80})/,
    /(?<detail>\bThere was an error while reading or parsing the provided scratch definition file\b[^\n]{0,200})/,
    // The sfdx toolbelt's wordings of a definition file that is not valid JSON.
    /(?<detail>\bParse error in file [^\n]{0,300}?-def\.json on line \d+)/,
    /(?<detail>\bAn error occurred parsing "[^"\n]{0,300}?-def\.json")/,
    // plugin-org's checks of a sandbox definition file.
    /(?<detail>\bYou can[’']t specify both `?\w+`? and `?\w+`? in the definition file at the same time)/,
    /(?<detail>\bYou must specify an edition when creating a scratch org)\b/,
    // The sfdx toolbelt naming a key the definition file should not have.
    /(?<detail>\b\w+ is not a supported option for scratch org configuration)/,
    // sfdx-core's check of the definition file's keys (an XML-to-JSON export leaves "$" keys behind).
    /(?<detail>\bAll JSON input must have heads down camelcase keys\b[^\n]{0,120})/,
    /(?<detail>\bCan[’']t create scratch org\. The specified [\w ]{1,40}? isn[’']t valid)\b/
  ],
  explanation:
    'The definition file of a scratch org or sandbox was refused before any org was created, by the CLI’s own checks or by the Dev Hub at sign-up: a value in it (email, country, edition, My Domain, template, settings block) is invalid, taken or not allowed there. Nothing was deployed; the definition has to change.',
  remediation: [
    'Fix the value the message names in the definition file (usually `config/project-scratch-def.json`, or the sandbox definition the command was given).',
    'For a template, check it is approved for this Dev Hub.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file.htm'
  ],
  retryable: false
})
