import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'unknown-user-permission',
  category: 'dependency',
  title: 'User permission {permission} does not exist in the target org',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/Unknown user permission:\s*(?<permission>\w+)/],
  explanation:
    'The profile or permission set grants {permission}, a system permission the target org does not offer: it belongs to another edition, a feature or licence that is not enabled, or a newer (or retired) release.',
  remediation: [
    'Enable the feature or licence that provides {permission} in the target org (for a scratch org, add the feature to the definition file), then deploy again.',
    'Otherwise remove the `<userPermissions>` entry for {permission} from the profile or permission set (or retrieve it again from an org like the target).'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm'
  ],
  retryable: false
})
