import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'permission-set-group-member-missing',
  category: 'dependency',
  title: 'The permission set group names permission sets the target org does not have: {names}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bCannot create permission set group components since the following permission set names are invalid: (?<names>[^\n]+)/
  ],
  explanation:
    'A permission set group lists the permission sets {names}, which are neither in the target org nor in this deployment (or their API names differ, for example by a namespace prefix).',
  remediation: [
    'Deploy the permission sets {names} with the group or before it, or add them to the manifest.',
    "If they come from a managed package, install it first and use the namespaced API names in the group's `<permissionSets>`."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionsetgroup.htm'
  ],
  retryable: false
})
