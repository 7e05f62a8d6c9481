import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'source-path-not-found',
  category: 'unknown',
  title: 'The path given to the command does not exist on the runner: {path|an empty path}',
  surfaces: ['cli', 'log'],
  patterns: [
    /(?<path>[^\s'"]{1,300}): File or folder not found/,
    /\bFile or directory '(?<path>[^'\n]{1,300})' doesn't exist in your project\b/,
    // A wrapper script (sfpowerscripts, a custom step) reporting a file it expected the job to have.
    /\bFile not found: (?<path>[^\s'"]{1,300})/,
    /\bThe specified path \[(?<path>[^\]\n]{1,300})\] does not exist\b/,
    /\bFile not found at the specified path: (?<path>[^\s'"]{1,300})/,
    // A path that reached the file system empty (the tool or the step passed none).
    /\bENOENT: no such file or directory, scandir ''/
  ],
  explanation:
    'The command was pointed at a file or folder that is not in the checkout, so nothing reached Salesforce: a `--source-dir`, `--manifest` or output folder that a previous step did not create, a path relative to the wrong working directory, or a case mismatch that only Linux runners notice.',
  remediation: [
    'Check that {path|the path} exists in the job (`ls` it in the step before) and that the step runs from the project root.',
    'If an earlier step generates it (sfdx-git-delta, a convert or a retrieve), make sure that step ran and wrote to the same path.',
    'On Linux runners paths are case-sensitive: match the case used in the repository.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm'
  ],
  retryable: false
})
