import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'invalid-api-version',
  category: 'metadata',
  title: 'API version problem: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bInvalid api version:? ?(?<version>\d+(?:\.\d+)?))/i,
    /(?<detail>\bThe (?:field )?apiVersion can't be "(?<version>[^"\n]+)"\.?)/,
    /(?<detail>\bProperty '(?<property>\w+)' not valid in version (?<version>\d+(?:\.\d+)?))/,
    /(?<detail>\bis supported in Metadata API version (?<version>\d+(?:\.\d+)?) and later[^\n]*)/,
    /(?<detail>\b\S{1,120} not added until version (?<version>\d+(?:\.\d+)?): [^\n]+)/,
    /(?<detail>\b\S{1,120} was removed after version (?<version>\d+(?:\.\d+)?): [^\n]+)/,
    /(?<detail>\bUNSUPPORTED_API_VERSION[^\n]*)/,
    /(?<detail>\bpackage\.xml version (?<version>\d+(?:\.\d+)?) is invalid)/,
    // A metadata type newer than the API version the call was made with.
    /(?<detail>\bCannot use: (?<type>\w+) in this version)/,
    /(?<detail>\bInvalid version specified: ?(?<version>\d+\.\d+)(?![\d.]))/,
    // The project asks for a newer API than the org runs (a pre-release CLI default, or an org a release behind).
    /(?<detail>\bThe configured apiVersion (?<version>\d+\.\d+) is not supported for this org\.?(?: The max apiVersion is \d+\.\d+)?)/
  ],
  explanation:
    'The API version in a -meta.xml file or in sfdx-project.json does not fit the target org: it is newer than the org supports (a sandbox on the preview release deploying to production), or the metadata uses a property that does not exist at the version it declares.',
  remediation: [
    "Set <apiVersion> in the failing -meta.xml (and sourceApiVersion in sfdx-project.json) to a version the target org supports ({detail}); `sf org display` shows the org's maximum.",
    "If a property is not valid at the declared version, raise the component's apiVersion or remove the property.",
    'Redeploy, optionally pinning the version: `sf project deploy start --api-version <version>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
