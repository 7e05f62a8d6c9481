import rule from '../../../../src/classify/rules/metadata/lwc-compile-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#118: markup error reported by force:source:push
      text: 'ERROR at line 1, column 1 - LWC1078: <p> has no matching closing tag.',
      captures: { code: '1078' }
    },
    {
      // trailheadapps/lwc-recipes#48: jest __tests__ folder deployed with the bundle
      text: '[Line: 1, Col: 9] LWC1518: Invalid LWC imported identifier "createElement"',
      captures: { line: '1', column: '9' }
    },
    {
      // jamessimone/lwc-paginator#1: folder name differs from the file names
      text: 'No base file for markup://c:paginator',
      captures: { component: 'c:paginator' }
    },
    {
      // forcedotcom/cli#1458
      text: 'Cannot find Lightning Component Bundle StandardRequestFlow.',
      captures: { component: 'StandardRequestFlow' }
    }
  ],
  negatives: [
    { text: 'No MODULE named markup://c:ldsUtils found : [markup://c:showPdfRelatedToRecordId]' },
    { text: "Unable to find Apex action class referenced as 'FieldsetController'." }
  ]
})
