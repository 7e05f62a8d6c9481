import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'profile-assignment-invalid',
  category: 'metadata',
  title: 'Profile or permission set settings are inconsistent: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bYou cannot deploy to a required field: (?<field>[\w.]+))/,
    /(?<detail>\bYou can't remove the only default app from the profile\.?)/,
    /(?<detail>\bIf Action is set to 'Tab', you must specify a CustomApplication\.?)/,
    /(?<detail>\bPermission (?<permission>\w+) depends on permission\(s\): [^\n]+)/,
    /(?<detail>\b(?:no|must (?:have|specify) a|There must be a|must be one) default record type[^\n]*)/i,
    /(?<detail>\bdefault record type[^\n]{0,80}?(?:must be|is not|isn't) (?:visible|available|assigned|active)[^\n]*)/i
  ],
  explanation:
    'A profile or permission set contradicts itself or the org: field permissions on a required field, no default app or record type, an action override without its app, or a permission enabled without the permissions it depends on.',
  remediation: [
    'Edit the profile or permission set file and fix the entry the failure names ({detail}).',
    'Remove fieldPermissions for required fields (they are always editable), keep exactly one default app and one visible default record type per object.',
    'Enable the permissions a permission depends on in the same file, then redeploy.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_profile.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
