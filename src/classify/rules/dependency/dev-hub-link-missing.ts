import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'dev-hub-link-missing',
  category: 'dependency',
  title: 'The Dev Hub cannot use the {what|org shape, namespace or package} this command relies on',
  surfaces: ['cli', 'log'],
  patterns: [
    // Scratch org sign-up errors about an org shape (sfdx-core, messages/scratchOrgErrorCodes.md).
    /\bNo (?<what>org shape) exists\b/,
    /\bContact the source org admin to add your Dev Hub org ID to Setup > (?<what>Org Shape)\b/,
    /\bThe (?<what>org shape) version is outdated\b/,
    // A namespace not linked to this Dev Hub.
    /\bSpecify a (?<what>namespace) that[’']s used by a release org associated with your Dev Hub\b/,
    /\b(?<what>Namespace) isn[’']t registered\b/,
    /\bWe don[’']t recognize this (?<what>namespace)\b/,
    // A package owned by another Dev Hub.
    /\bthe (?<what>package) was created on a different Dev Hub\b/
  ],
  explanation:
    'Scratch orgs and package versions are created through a Dev Hub, which must own or be linked to what they build on: an org shape is created in the source org and shared with the Dev Hub, a namespace is registered in a Developer Edition org linked to the Dev Hub, and a package belongs to the Dev Hub that created it. The one this command uses has no such link, or the org shape is older than the source org.',
  remediation: [
    'Check which Dev Hub the job uses: `sf config get target-dev-hub` (or the `--target-dev-hub` of the step).',
    'For an org shape, create it in the source org (`sf org create shape --target-org <source>`; again if it is outdated) and give the Dev Hub org ID access to it in the source org (Setup > Org Shape).',
    'For a namespace, link the Developer Edition org that registered it to the Dev Hub (Dev Hub > Namespace Registries > Link Namespace).',
    'For a package, run the command against the Dev Hub that owns it.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_shape_intro.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_reg_namespace.htm'
  ],
  retryable: false
})
