import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'page-or-layout-definition-invalid',
  category: 'metadata',
  title: 'The page, layout or list definition is invalid: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bLayout must have at least 1 section)/,
    /(?<detail>\bInvalid property \[(?<property>\w+)\] in component \[(?<component>[\w:]+)\])/,
    /(?<detail>\bThe (?<component>[\w:]+) component isn't allowed in the (?<region>\w+) region[^\n]*)/,
    /(?<detail>\bYou can only create Lightning Component Quick Actions for Component Bundles[^\n]*)/,
    /(?<detail>\bInvalid scope:\s?\w+, not allowed)/,
    /(?<detail>\bSortOrder must be in sequential order from 1\.?)/,
    /(?<detail>\bInvalid field for upsert, must be an External Id custom or standard indexed field: [^\n]+)/,
    /(?<detail>\bA Recipe must specify a Dataflow)/,
    /(?<detail>\bFix the sfdcDigest node errors[^\n]*)/
  ],
  explanation:
    'A layout, Lightning page, quick action, list view or rule file is shaped in a way Salesforce rejects: an empty layout, a component in a region it does not support or with properties its version does not have, a scope or ordering that is not allowed.',
  remediation: [
    'Open the component named in the failure and fix the element reported ({detail}).',
    "For Lightning pages, check the component's targets and the properties of the standard component at the target org's release."
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
