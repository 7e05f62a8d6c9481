import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'field-level-security-missing',
  category: 'dependency',
  title: 'The CLI user has no access to {object|the object}.{field|a field} (field-level security)',
  surfaces: ['cli', 'log'],
  patterns: [
    // The data API refusing a field the user cannot see, as `sf data import tree` and `data create record`
    // print it right after a deploy (plugin-data's FlsError).
    /\bWe couldn[’']t process your request because you don[’']t have access to (?<field>\w{1,100}) on (?<object>\w{1,100})\b/,
    /\bFlsError\b/
  ],
  explanation:
    'The field exists, or the deploy just added it, but the user the CLI runs as cannot see it: field-level security comes from a profile or permission set, and the one granting it was not deployed with the field or not assigned to this user yet.',
  remediation: [
    'Make sure the permission set that grants the field is part of the deployment and includes {object|the object}.{field|the field}.',
    'Assign it to the CLI user before seeding data: `sf org assign permset --name <PermissionSet> --target-org <org>`.',
    'Then run the data step again.'
  ],
  docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_fls.htm&type=5'],
  retryable: false
})
