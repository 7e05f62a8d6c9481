import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'remote-site-not-registered',
  category: 'dependency',
  title: 'The target org has no Remote Site Setting for {endpoint|the origin Apex called}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    // The CalloutException Apex throws before it calls out to an origin the org has not registered.
    /\bUnauthorized endpoint, please check Setup->Security->Remote site settings\.?(?: endpoint = (?<endpoint>https?:\/\/[^/\s"'<>),]{1,200}))?/
  ],
  explanation:
    'Apex called out to {endpoint|an endpoint} and the org refused, because no Remote Site Setting (or Named Credential) registers that origin there. The setting exists where the code was written but not in the target org, or the deployment does not carry it.',
  remediation: [
    'Add the RemoteSiteSetting (or the NamedCredential the code should call through) to the deployment or package, or create it in the target org first.',
    'In tests, stub the callout with `Test.setMock(HttpCalloutMock.class, …)` so that tests do not depend on the org reaching the outside world.',
    'Then deploy or run the tests again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_callouts.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_remotesitesetting.htm'
  ],
  retryable: false
})
