import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'metadata-value-invalid',
  category: 'metadata',
  title: 'A value in the metadata file is not accepted: {detail}',
  surfaces: ['component'],
  patterns: [
    /(?<detail>\bOnly one of (?<options>[^\n]{1,120}?) (?:may|can|should) be (?:specified|set|defined)[^\n]*)/,
    /(?<detail>\bEntity type:? '?(?<entityType>[\w.]+)'? does not support [^\n]+)/,
    // Not when the value names something the org lacks ("… expected Apex class X not found").
    /(?<detail>\bInvalid value (?:'[^'\n]*' )?for (?![^\n]*\b(?:not found|cannot find|can[’']t find|does not exist|doesn[’']t exist)\b)[^\n]+)/,
    /(?<detail>\bset the visibility for an? [^\n]{1,60}? to Protected[^\n]*)/,
    /(?<detail>\bAPI Name can only contain underscores and alphanumeric characters[^\n]*)/,
    // Not when the reason is that something referenced does not exist: that is a missing dependency.
    /field integrity exception: unknown \(?-? ?\(?(?<detail>(?![^)\n]*\b(?:doesn[’']t|does not) exist\b)[^)\n]+)\)?/,
    /(?<detail>\bInvalid value specified for the [\w ]{1,40}? attribute[^\n]*)/,
    /(?<detail>\bValue too long for field: (?<field>\w+) maximum length is: ?(?<maxLength>\d+))/
  ],
  explanation:
    'Salesforce accepted the file as XML but rejected one of its values: two settings that exclude each other, a value outside what the field allows, or an operation the entity does not support.',
  remediation: [
    'Open the component named in the failure and correct the value it reports ({detail}).',
    'Compare the file with the same component retrieved from an org where it works: `sf project retrieve start --metadata <Type>:<name> --target-org <alias>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
