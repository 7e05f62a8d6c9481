import rule from '../../../../src/classify/rules/auth/jwt-private-key-unreadable.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.150.6 `org login jwt` with a key path that does not exist (JSON envelope, name + message + cause).
      text: "JwtGrantError: We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: Error::ENOENT: no such file or directory, open '/home/runner/missing/server.key'\nError: ENOENT: no such file or directory, open '/home/runner/missing/server.key'",
      captures: { keyFile: '/home/runner/missing/server.key' }
    },
    {
      // forcedotcom/sfdx-travisci#135
      text: 'ERROR running force:auth:jwt:grant:  We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: error:0906D06C:PEM routines:PEM_read_bio:no start line'
    },
    {
      // forcedotcom/sfdx-bitbucket-package#10
      text: 'We encountered a JSON web token error, which is likely not an issue with Salesforce CLI. Here’s the error: error:0909006C:PEM routines:get_name:no start line',
      surface: 'log'
    }
  ],
  negatives: [
    { text: "Error: ENOENT: no such file or directory, open 'force-app/main/default/classes/Foo.cls'" },
    { text: 'Error: error:0308010C:digital envelope routines::unsupported' }
  ]
})
