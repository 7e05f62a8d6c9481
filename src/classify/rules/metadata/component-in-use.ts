import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'component-in-use',
  category: 'metadata',
  title: 'The component is still in use and cannot be deleted or changed: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bis referenced elsewhere in salesforce\.com\.?[^\n]*)/,
    /(?<detail>\bCannot delete [^\n]{1,120}? The following [^\n]{1,60}? (?:is|are) referencing this[^\n]*)/,
    /(?<detail>\bComponent is in use by another component in your organization\.?[^\n]*)/,
    /(?<detail>\bis used by another feature\. Remove the usage and try again\.?)/,
    /(?<detail>\bUnable to delete custom app\. Profiles are using this custom app as default\.?)/,
    /(?<detail>\bThis installed component is referenced by a locally created component\.?)/,
    /(?<detail>\bThe custom field is in use in an? [^\n]+)/,
    /(?<detail>\bis referenced by [^\n]{1,80}?in salesforce\.com[^\n]*)/,
    /(?<detail>\bYou can't change the standard controller object \w+ because this page is referenced in[^\n]*)/,
    /(?<detail>\bcannot be deleted because (?:it(?:'s| is)|they are) (?:being |still )?(?:referenced|used|in use)[^\n]*)/,
    /(?<detail>\b(?:is|are) (?:currently |still )?(?:in use|being used) (?:by|in|elsewhere)\b[^\n]*)/,
    /^(?:Error: )?(?<detail>(?:Cannot|Unable to) delete\b[^\n]*)/
  ],
  explanation:
    'A component the deploy deletes or changes is still referenced by something else in the org (a formula, a filtered lookup, a layout, a page, a flow, a profile default), so Salesforce refuses to remove or alter it.',
  remediation: [
    'Find the referrer the failure names ({detail}) and remove the reference first, in the same deploy or an earlier one.',
    'Deploy the change that removes the reference, then the destructive change: `sf project deploy start --manifest package.xml --post-destructive-changes destructiveChanges.xml`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_deleting_files.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
