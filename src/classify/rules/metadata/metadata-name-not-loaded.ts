import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'metadata-name-not-loaded',
  category: 'metadata',
  title: 'The Metadata API found no component by the name it was given: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bLoad of metadata from db failed for (?<detail>metadata of type: ?(?<type>\w+)(?: and file name: ?(?<name>[^\s\n]+?))?)\.?(?=\s|$)/,
    /\b(?<detail>Metadata API received improper input)\./,
    /\b(?<detail>The object '(?<name>[^'\n]+)' of type (?<type>\w+) metadata does not exist)/
  ],
  explanation:
    'The Metadata API was asked for a component whose type and name it could not load: the file name, the member in package.xml or the name a tool passed does not match the API name exactly (names are case-sensitive), or the type is not available in that org or at the API version of the call (Settings names have changed between versions).',
  remediation: [
    'Compare the name in package.xml or the file name with the API name in the org, capitalisation included (`sf org list metadata --metadata-type <Type>` lists them).',
    'If a tool generated the name (a record id instead of a name, for example), fix the manifest it wrote, or list the component by hand.',
    'For a Settings component, deploy (or create the scratch org) with a newer API version (`--api-version`): each version knows a different set of Settings names.',
    'If the type itself is missing from the org, enable the feature that brings it or leave the type out of the manifest.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/manifest_samples.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdxcli.meta/sfdxcli/cli_reference_org_commands_unified.htm'
  ],
  retryable: false
})
