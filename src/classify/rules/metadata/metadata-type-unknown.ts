import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'metadata-type-unknown',
  category: 'metadata',
  title: 'The CLI does not know the metadata type or file: {detail}',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?<detail>Missing metadata type definition in registry for id '[^'\n]+')/,
    /(?<detail>Unexpected child metadata found for parent type \[?\w+\]?)/,
    /(?<detail>\S+ is not a valid metadata (?:type|object)\b)/,
    /(?<detail>No packages or unpackaged specified)/,
    /(?<detail>We can[’']t find the metadata object named \w+)/,
    // source-deploy-retrieve meeting a bundle type newer than its registry (UnsupportedBundleTypeError).
    /(?<detail>\bUnsupported Bundle Type: \w+)/,
    // The sfdx toolbelt's source commands, for a type name they do not know (EmailService for
    // EmailServicesFunction); not a list of types passed as one (`[apexclass layout …]`), which is the
    // command line's mistake.
    /(?<detail>\bThe specified metadata type is unsupported: \[\w+\])/
  ],
  explanation:
    'The CLI could not map a file or a manifest entry to a metadata type: a misspelled type in package.xml or a file name, a file in the wrong folder, or a type newer than this CLI version knows.',
  remediation: [
    'Check the spelling of the type in package.xml or the file suffix (for example Workflow, not Worflow).',
    'Move the file into the folder its type expects, or update the CLI if the type is new: `npm install -g @salesforce/cli`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_types_list.htm'],
  retryable: false
})
