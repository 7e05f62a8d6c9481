import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'component-error-without-reason',
  category: 'unknown',
  title: 'Salesforce rejected {componentType} {componentName} without saying why',
  surfaces: ['component'],
  patterns: [
    /^(?:[^\n]{0,300}?:[ \t]*)?(?:<unknown>|null|undefined)\.?[ \t]*$/,
    // Vlocity's deploy of a DataPack the org rejected without saying why.
    /\bError Message -- No error message from server\b/
  ],
  explanation:
    'The component failed, but the problem Salesforce returned is empty (`null`, `<unknown>`): the Metadata API lost the reason, which happens with platform faults and with some component types whose errors it does not report. Nothing about the cause can be read from this output.',
  remediation: [
    'Deploy the component on its own to get a fuller error: `sf project deploy start --metadata {componentType}:{componentName} --dry-run --target-org <org>`.',
    'Open Setup > Deployment Status in the org: the deployment detail sometimes holds the message the API dropped.',
    'If it keeps failing without a reason, rerun once (a platform fault), then raise a case with Salesforce with the deployment id.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: false
})
