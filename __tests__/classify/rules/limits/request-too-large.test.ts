import rule from '../../../../src/classify/rules/limits/request-too-large.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#440: force:apex:test:report of a long run
      text: '<h1>Bad Message 414</h1><pre>reason: URI Too Long</pre>'
    },
    {
      // forcedotcom/cli#2337, sf 2.0.2 apex run test --test-level RunLocalTests, message of ERROR_HTTP_431
      text: '\nBad Message 431\nreason: Request Header Fields Too Large\n'
    },
    {
      // forcedotcom/cli#530, force:apex:test:run with 500+ tests
      text: 'ERROR_HTTP_431: <h1>Bad Message 431</h1><pre>reason: Request Header Fields Too Large</pre>'
    },
    {
      // forcedotcom/cli#63, force:source:push
      text: 'ERROR:  <h1>Bad Message 431</h1><pre>reason: Request Header Fields Too Large</pre>.',
      surface: 'log'
    }
  ],
  negatives: [
    {
      text: "<h1>Bad Message 400</h1><pre>reason: Illegal character VCHAR='('</pre>"
    },
    {
      text: 'ERROR_HTTP_413: Request Entity Too Large'
    }
  ]
})
