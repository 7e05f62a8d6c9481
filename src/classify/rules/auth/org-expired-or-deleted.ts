import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'org-expired-or-deleted',
  category: 'auth',
  title: 'The org no longer exists (expired or deleted)',
  surfaces: ['cli', 'log'],
  patterns: [
    /does not appear to exist\. Likely cause is that the org was deleted by another user or has expired/,
    /\bOrgDataNotAvailableError\b/,
    /id="errorTitle">Data Not Available</,
    /The data you were trying to access could not be found\. It may be due to another user deleting the data or a system error/,
    /Attempting to delete an expired or deleted org/,
    /has no active scratch orgs that match/,
    /\bScratchOrgNotFoundError\b/,
    // sfdx-core finding no active scratch org record in the Dev Hub for the org it was asked about.
    /\bNoActiveScratchOrgFound(?:Error)?\b/,
    /\bThat scratch org has been deleted, so you can[’']t connect to it anymore\b/,
    // A trial org past its end date, as an API fault code or the text that comes with API_CURRENTLY_DISABLED.
    /\bTRIAL_EXPIRED\b/,
    /\bYour trial has expired\b/
  ],
  explanation:
    'The stored auth points at an org that has gone: a scratch org past its expiry date or deleted from the Dev Hub, a trial org past its end date, or a sandbox that was deleted or refreshed into a new org.',
  remediation: [
    'Create a new scratch org (`sf org create scratch --definition-file config/project-scratch-def.json --alias <alias>`) or log into the refreshed sandbox again.',
    'Remove the stale auth: `sf org logout --target-org <alias> --no-prompt`, and update any CI secret that pointed at the old org.',
    'A trial org past its end date (TRIAL_EXPIRED) comes back only if it is bought: point the pipeline at another org.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs.htm'
  ],
  retryable: false
})
