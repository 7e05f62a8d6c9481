import { defineRule } from '../../define-rule.js'
import { MISSING_WORDING, SAME_SENTENCE } from '../missing-wording.js'

// What a job keeps on its runner or in its repository rather than in the org: files and folders (named,
// or by an extension, which follows a name rather than starting a word), installed modules and
// packages, tools, images and the places they come from. Not "registry": the CLI's own metadata
// registry ("No child types found in registry for CustomLabels") is no more the runner's than the org's.
const RUNNER_ITEM = String.raw`(?:\b(?:modules?|files?|director(?:y|ies)|folders?|path|npm|yarn|main class|image|library|node_modules|imported from|plugins?|agent pool|pool|resource group)|\.(?:json|xml|js|ts|ya?ml|txt|log|zip|info|sh))`
// A custom API name after the missing wording ("No such object with name acme__Config__mdt") is the
// org's, whatever file the command was reading.
const NO_API_NAME_AFTER = String.raw`(?![^.\n]{0,80}?\w__(?:c|mdt|r|e|x|b)\b)`

export default defineRule({
  id: 'runner-item-missing-unrecognised',
  category: 'unknown',
  title: 'A file, module or tool the job needs is missing on the runner',
  surfaces: ['cli'],
  patterns: [
    new RegExp(String.raw`${RUNNER_ITEM}\b${SAME_SENTENCE}\b${MISSING_WORDING}\b${NO_API_NAME_AFTER}`, 'i'),
    new RegExp(String.raw`\b${MISSING_WORDING}\b${NO_API_NAME_AFTER}${SAME_SENTENCE}${RUNNER_ITEM}\b`, 'i'),
    new RegExp(String.raw`\bno (?:[\w-]+ ){0,4}?${RUNNER_ITEM}(?: [\w-]+){0,3}? (?:was |were )?found\b`, 'i'),
    new RegExp(String.raw`\bno [\w ]{1,40}? (?:was |were )?found\b${SAME_SENTENCE}${RUNNER_ITEM}\b`, 'i')
  ],
  explanation:
    'The message says something could not be found, but what it names is on the runner or in the repository (a file, folder, installed module, tool or image), not in the org: nothing is wrong with the deployment itself, and rerunning will fail the same way until the job or the repository is fixed.',
  remediation: [
    'Check the path or name in the message against the repository at this commit and the working directory of the step (a shallow checkout, a renamed folder or a step run from another directory are the usual causes).',
    'For a module, package or tool, check the install step of the job (versions pinned, cache restored, `npm ci` run before the step).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_troubleshoot.htm'
  ],
  retryable: false
})
