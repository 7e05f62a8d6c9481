import rule from '../../../../src/classify/rules/dependency/folder-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // amtrack/force-dev-tool#180 (force-dev-tool wrapper).
      text: "Error in Report component 'Sample_Reports_For_Dashboards/my_team_cases': Cannot find folder:Sample_Reports_For_Dashboards",
      captures: { folder: 'Sample_Reports_For_Dashboards' }
    },
    {
      // joeferraro/MavensMate#57: private folder.
      text: 'Cannot find folder:My Reports',
      captures: { folder: 'My Reports' }
    }
  ],
  negatives: [
    { text: 'Cannot find Lightning Component Bundle myCmp.' },
    { text: 'Folder name already exists' }
  ]
})
