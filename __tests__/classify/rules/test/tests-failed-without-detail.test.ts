import rule from '../../../../src/classify/rules/test/tests-failed-without-detail.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#326: sfdx 7 progress output with SFDX_USE_PROGRESS_BAR=false, padded as printed
      text: 'Status:  Failed\njobid:  0Af7A00000P6CgVSAV\nComponent errors:  0\nTests errors:  5\nTests completed:  505\nTests total:  941'
    },
    {
      // a deploy refused for its test failures, as a CI wrapper printed it
      text: 'ApexTestFailure'
    },
    {
      // sfdx force:source:deploy:report human output
      text: 'Status: Failed jobid: 0Af7A00000P6CgVSAV Completed: 2020-02-29T02:05:27.000Z Component errors: 0 Components checked: 2073 Components total: 2073 Tests errors: 5 Tests completed: 505 Tests total: 941 Check only: true'
    },
    {
      // a CI wrapper around sfdx
      text: 'sfdx force:apex:test:run --resultformat human --loglevel error ended with exit code 100'
    }
  ],
  negatives: [
    {
      text: 'Status: Succeeded jobid: 0Af7A00000P6CgVSAV Component errors: 0 Tests errors: 0 Tests completed: 941'
    },
    {
      text: 'sfdx force:source:deploy ended with exit code 1'
    }
  ]
})
