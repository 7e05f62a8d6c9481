import rule from '../../../../src/classify/rules/auth/sfdx-auth-url-invalid.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx-core wording seen in forcedotcom/cli issues (2023)
      text: 'Error: Invalid SFDX auth URL. Must be in the format "force://<clientId>:<clientSecret>:<refreshToken>@<instanceUrl>".'
    },
    {
      // sf 2.146.3 / 2.150.6 `org login sfdx-url` with a malformed file
      text: 'INVALID_SFDX_AUTH_URL: Invalid SFDX authorization URL. Must be in the format "force://<clientId>:<clientSecret>:<refreshToken>@<instanceUrl>". Note that the "instanceUrl" inside the SFDX authorization URL doesn\\\'t include the protocol ("https://"). Run "org display --target-org" on an org to see an example of an SFDX authorization URL.'
    },
    {
      // older sfdx-core wording
      text: 'ERROR running force:auth:sfdxurl:store:  Invalid SFDX authorization URL. Must be in the format "force://<refreshToken>@<instanceUrl>"',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'Successfully authorized using the SFDX authorization URL in auth.txt' }]
})
