import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'runner-environment-broken',
  category: 'unknown',
  title: 'The CI runner could not run a tool the job needs',
  surfaces: ['cli', 'log'],
  patterns: [
    // A shell that cannot find the command it was given (sh, dash, bash and busybox wordings).
    /(?:^|\s)(?:\/bin\/)?(?:ba|da)?sh(?:: line \d+)?: (?:\d+: )?(?<command>[^\s:]{1,200}): (?:command )?not found\b/m,
    /(?:^|\s)(?<command>[\w./-]{1,200}): command not found\b/m,
    // A binary the image cannot run: built for another C library, or for another architecture.
    /\bGLIBC_[\d.]{1,20}['’`]? not found\b/,
    /\bcannot execute: required file not found\b/,
    /\bcannot execute binary file: Exec format error\b/,
    // A container image the job names that the registry does not have.
    /\bfailed to pull (?:and unpack )?image\b/,
    /\bmanifest for (?<image>\S{1,200}) not found: manifest unknown\b/,
    // A Node tool's own module, or an npm package, that is not there. Not Jest's "Cannot find module 'x'
    // from 'y'": that is a component's import (lwc-jest-module-not-found).
    /\bError: Cannot find module '(?<module>[^'\n]{1,200})'(?! from ')/,
    /\bnpm (?:ERR!|error) (?:code )?E404\b/,
    // The CLI's plugin installer naming a plugin the npm registry does not have.
    /(?<![\w@./-])(?<module>@?[\w./-]{1,200}) does not exist in the registry\b/,
    // A tool older than the runner's Node: Node 23 removed the long-deprecated util.is* type checks, so old
    // plugins crash calling them, also from compiled code (`util_1.isString`).
    /\b_?util(?:_\d+)?\.(?<helper>is(?:Boolean|Buffer|Date|Error|Function|Null|NullOrUndefined|Number|Object|Primitive|RegExp|String|Symbol|Undefined)) is not a function\b/
  ],
  explanation:
    'The job failed in the runner itself, before anything reached Salesforce: a command, a binary, a system library or a container image it needs is missing or does not fit the machine (a CLI download that moved, an image tag that was removed, a Node build for another C library, a tool too old for the runner’s Node). Nothing is known yet about the deployment.',
  remediation: [
    'Read the failing step: which command, binary or image does the message name, and where should it come from (an install step, the container image, the runner)?',
    'Install the Salesforce CLI from npm (`npm install --global @salesforce/cli`) rather than from a download URL, and pin container images to a tag that exists.',
    'For a tool that calls a Node helper that no longer exists (`util.isNullOrUndefined is not a function`), upgrade the tool, or pin the job to the Node version it supports with actions/setup-node.',
    'Run the job again once the runner has the tool; the real deploy result comes after this is fixed.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_setup_install_cli.htm'
  ],
  retryable: false
})
