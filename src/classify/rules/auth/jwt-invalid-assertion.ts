import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'jwt-invalid-assertion',
  category: 'auth',
  title: 'Salesforce rejected the JWT assertion (invalid assertion)',
  surfaces: ['cli', 'log'],
  patterns: [/\binvalid assertion\b/],
  explanation:
    'The signed token did not verify: the private key does not match the certificate uploaded to the connected app, the username belongs to a different org, or the runner clock is far enough off that the token looks expired.',
  remediation: [
    'Check that the certificate in the connected app (Use digital signatures) was made from the same private key the pipeline uses.',
    'Check that --username is a user of the org behind --instance-url and that --client-id is the consumer key of that connected app.',
    'Make sure the runner clock is synchronised (NTP), then retry the login.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_jwt_flow.htm'
  ],
  retryable: false
})
