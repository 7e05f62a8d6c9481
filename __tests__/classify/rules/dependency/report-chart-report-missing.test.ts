import rule from '../../../../src/classify/rules/dependency/report-chart-report-missing.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Layout with a report chart whose report is not in the org.
      text: 'The Account_Layout report chart has a problem with the "reportName" field'
    },
    {
      // Same, with curly quotes.
      text: 'Error Account-Account Layout The Revenue report chart has a problem with the “reportName” field'
    }
  ],
  negatives: [{ text: 'invalid report type' }, { text: 'Cannot find folder:Sales' }]
})
