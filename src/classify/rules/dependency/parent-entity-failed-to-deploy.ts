import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'parent-entity-failed-to-deploy',
  category: 'dependency',
  title: 'A parent component failed, so this child was not deployed',
  surfaces: ['component', 'cli', 'log'],
  patterns: [/(?<detail>\bParent entity failed to deploy)/],
  explanation:
    'Child components (fields, layouts, record types, list views) are saved with their parent object, and depend on it. When the parent fails, every child in the same deploy reports this message; the real error is on the parent, and when the output shows it, it decides the category.',
  remediation: [
    'Find the failure on the parent object (usually a CustomObject in the same deploy) and fix that first.',
    'Redeploy the object together with its children: `sf project deploy start --metadata CustomObject:<Object>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false,
  symptom: true
})
