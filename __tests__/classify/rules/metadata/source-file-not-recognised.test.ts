import rule from '../../../../src/classify/rules/metadata/source-file-not-recognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // source-deploy-retrieve messages/sdr.md (cantGetName)
      text: 'Unable to calculate fullName from path: force-app/main/default/objects/Account/listViews (CustomObject)'
    },
    {
      // source-deploy-retrieve messages/sdr.md (suggest_type_header), followed by the "Did you mean" lines
      text: 'A metadata type lookup for "force-app/main/default/classes/Foo.cls-meta" found the following close matches:\n-- Did you mean ".cls-meta.xml" instead for the "ApexClass" metadata type?'
    },
    {
      // forcedotcom/cli: the JSON envelope pasted as the message, quotes still escaped
      text: '"message": "The sourcepath \\"/Users/xxx/src/main/default/objects/XXX_Market_big__b/indexes/XXX_Index.index-meta.xml\\" is not a valid source file path.",',
      captures: {
        detail: '/Users/xxx/src/main/default/objects/XXX_Market_big__b/indexes/XXX_Index.index-meta.xml'
      }
    },
    {
      text: 'The sourcepath "force-app/main/default/classes/Foo.cls" is not a valid source file path.',
      captures: { detail: 'force-app/main/default/classes/Foo.cls' }
    },
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
  negatives: [
    { text: 'Unable to calculate the deploy size from path: force-app/main/default', surface: 'cli' },
    { text: 'NamedOrgNotFoundError: No authorization information found for prod.', surface: 'cli' }
  ]
})
