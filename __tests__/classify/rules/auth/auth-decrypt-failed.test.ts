import rule from '../../../../src/classify/rules/auth/auth-decrypt-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sf 2.150.6 `project deploy start` with auth files from another machine (exit 2)
      text: 'AuthDecryptError: Parsing --target-org \n\tFailed to decipher auth data. reason: Unsupported state or unable to authenticate data.\nSee more help with --help\nError: Unsupported state or unable to authenticate data'
    },
    {
      // legacy sfdx force:org:display (forcedotcom/cli#1314), InvalidEncryptedFormatError
      text: 'InvalidEncryptedFormatError: The encrypted data is not properly formatted.'
    }
  ],
  negatives: [{ text: 'Encrypted field values are masked in this report' }]
})
