import rule from '../../../../src/classify/rules/metadata/source-file-not-recognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/coral-cloud#129
      text: 'TypeInferenceError: /Users/me/coral-cloud/cc-employee-app/main/default/genAiPlugins/Customer_Service_Assistant.genAiPlugin-meta.xml: Could not infer a metadata type',
      surface: 'cli'
    },
    {
      // trailheadapps/coral-cloud#53
      text: 'Error (1): C:\\coral-cloud\\cc-employee-app\\main\\default\\genAiFunctions\\Check_Weather\\Check_Weather.genAiFunction-meta.xml: Could not infer a metadata type',
      surface: 'log'
    }
  ],
  negatives: [{ text: 'NamedOrgNotFoundError: No authorization information found for prod.', surface: 'cli' }]
})
