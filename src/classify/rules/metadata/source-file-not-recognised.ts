import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'source-file-not-recognised',
  category: 'metadata',
  title: 'The CLI cannot tell which metadata type a file is: {detail}',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?<detail>\bCould not infer a metadata type)/,
    /(?<detail>\bUnable to calculate fullName from path: [^\n]+)/,
    /(?<detail>\bA metadata type lookup for "[^"\n]+" found the following close matches)/,
    // The quotes are escaped when the message is read out of a JSON envelope pasted as text.
    /The sourcepath (?:\\?")?(?<detail>[^"\n]{1,300}?)(?:\\?")? is not a valid source file path/i
  ],
  explanation:
    'A file under the package directory does not match any metadata type the installed CLI knows: a wrong suffix or folder (a child type outside its parent), or a type newer than the CLI.',
  remediation: [
    'Check the file name suffix and folder against the metadata registry ({detail}).',
    'Update the CLI (`sf update`) if the type is new, or list the file in .forceignore if it is not metadata.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdxcli.meta/sfdxcli/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
