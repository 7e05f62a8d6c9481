import rule from '../../../../src/classify/rules/auth/tls-certificate-untrusted.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli thread: web login behind a corporate proxy
      text: 'ERROR running force:auth:web:login:  self signed certificate in certificate chain'
    },
    { text: 'ERROR:  unable to get local issuer certificate' },
    {
      // the Ant migration tool behind a proxy whose root the JVM does not trust
      text: 'javax.net.ssl.SSLHandshakeException: SSLHandshakeException invoking https://test.salesforce.com/services/Soap/u/50.0: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target'
    }
  ],
  negatives: [
    // other tools behind the same proxy: not the CLI's connection to the org
    {
      text: 'npm ERR! request to https://registry.npmjs.org/@salesforce%2fcli failed, reason: self signed certificate in certificate chain'
    },
    {
      text: "fatal: unable to access 'https://github.com/acme/app.git/': SSL certificate problem: unable to get local issuer certificate"
    },
    { text: 'ERROR: SonarQube server can not be reached: PKIX path building failed' },
    // a JWT key problem, named by the JWT rules
    { text: 'Error: error:0909006C:PEM routines:get_name:no start line' },
    { text: 'Error (1): read ECONNRESET' }
  ]
})
