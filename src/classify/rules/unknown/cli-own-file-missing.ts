import { defineRule } from '../../define-rule.js'
import { CLI_OWN_PATH } from '../cli-own-path.js'

export default defineRule({
  id: 'cli-own-file-missing',
  category: 'unknown',
  title: 'The CLI could not find one of its own files: {path}',
  surfaces: ['cli', 'log'],
  patterns: [
    new RegExp(
      String.raw`\bENOENT: no such file or directory, (?:open|scandir|stat|lstat|rename|unlink|mkdir) '(?<path>[^'\n]*?${CLI_OWN_PATH}[^'\n]*)'`
    ),
    // Node failing to load one of the CLI's own packages: a broken or half-updated install.
    // Only the CLI's own packages: a project's Jest tests resolve `@salesforce/apex/…` and `@salesforce/label/…`.
    /\bCannot find module '(?<path>@oclif\/[^'\n]{1,200}|@salesforce\/(?:core|cli|kit|ts-types|sf-plugins-core|source-deploy-retrieve|source-tracking|plugin-[\w-]{1,60})\b[^'\n]{0,200}|salesforce-alm\b[^'\n]{0,200})'(?! from ')/
  ],
  explanation:
    "The file is part of the CLI's installation (under node_modules) or of its home folder (~/.sf, ~/.sfdx), not of the project or the org: an installation that is incomplete or mixes versions, a plugin built for another CLI version, or two CLI processes sharing one home folder (one rotating the log the other writes). Nothing in the deployment itself failed.",
  remediation: [
    'Reinstall the CLI on the runner (`npm install --global @salesforce/cli`) and its plugins, at versions that go together.',
    'If CLI commands run in parallel in one job, give each its own home folder (`HOME`) or run them one after another.',
    'Then run the step again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
