import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'license-does-not-allow-permission',
  category: 'dependency',
  title: 'The user licence does not allow the permission {permission}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/The user license doesn't allow the permission:\s*(?<permission>\w+)/],
  explanation:
    'The profile or permission set is tied to a user licence that cannot hold {permission} in the target org, typically because the licence differs between orgs or the feature behind the permission is not provisioned.',
  remediation: [
    "Check the profile's or permission set's `<userLicense>`/`<license>` matches a licence the target org has, and that the licence includes {permission}.",
    'Provision the licence or feature in the target org, or remove the `<userPermissions>` entry for {permission} from the source.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_profile.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm'
  ],
  retryable: false
})
