import rule from '../../../../src/classify/rules/auth/jwt-key-decrypt-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // OpenSSL 3 at the login step of forcedotcom/sfdx-bitbucket-org's pipeline (issue 11)
      text: 'Error:  bad decrypt\n4077795DD97F0000:error:1C80006B:Provider routines:ossl_cipher_generic_block_final:wrong final block length:../providers/implementations/ciphers/ciphercommon.c:429:',
      surface: 'cli'
    },
    {
      // OpenSSL 1.1's wording of the same failure (the text is ours, in its shape)
      text: 'bad decrypt\n140339377063232:error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt:crypto/evp/evp_enc.c:610:',
      surface: 'log'
    }
  ],
  negatives: [
    // a sentence that only mentions the words
    { text: 'Retrying after a bad decrypt of the cache is not supported', surface: 'log' }
  ]
})
