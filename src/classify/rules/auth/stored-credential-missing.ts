import { defineRule } from '../../define-rule.js'
import { CLI_OWN_PATH } from '../cli-own-path.js'

export default defineRule({
  id: 'stored-credential-missing',
  category: 'auth',
  title:
    "The CLI found no usable stored credential for the org: {field|the org's auth file} is missing or unreadable",
  surfaces: ['cli', 'log'],
  patterns: [
    // The CLI crashing on a credential it expected to read: the org's auth file is missing or half-written.
    // Not inside the JWT login's wrapper ("Here's the error: TypeError::…"): that is the CLI's own crash
    // while it builds the token (jwt-login-cli-fault), with no stored credential involved.
    /(?<!TypeError::)\bCannot read propert(?:y|ies) (?:of (?:undefined|null) \(reading )?'(?<field>refreshToken|accessToken|refreshAuth|instanceUrl|loginUrl)'/,
    /\bundefined (?<field>refreshToken|accessToken)\b/,
    // The same gap in the CLI's own words (apex-node's noAccessTokenFound, sfdx-core's missingAuthUsername).
    /\bNo (?<field>access token) could be found for the provided username\b/,
    /\bdoes not have an authorized (?<field>username)\b/,
    // The org's auth file itself (~/.sfdx/<username>.json) empty or half-written; not the CLI's other files
    // there (stash.json, sfdx-config.json, alias.json, key.json), which hold no login, nor a project's own
    // .sfdx folder.
    new RegExp(
      String.raw`\bParse error in file (?<path>\S{0,200}?${CLI_OWN_PATH}(?!(?:stash|sfdx-config|alias|key|config|package)\.json\b)[^/\\\s]{1,120}\.json) on line \d+`
    )
  ],
  explanation:
    "The command stopped while reading the org's stored login: {field|the org's auth file} is not there, or is empty or half-written. The login step failed or wrote its auth file somewhere this step cannot see (another HOME, another container), or the stored auth predates the CLI version now running.",
  remediation: [
    'Check that the login step ran and succeeded in this job, with the same HOME and the same CLI as this step.',
    'Log in again (`sf org login jwt` or `sf org login sfdx-url`) and rerun; if it recurs, update the CLI on the runner.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_sfdxurl.htm'
  ],
  retryable: false
})
