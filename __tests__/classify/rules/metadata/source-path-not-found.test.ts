import rule from '../../../../src/classify/rules/metadata/source-path-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli: the JSON envelope pasted as the message, quotes still escaped
      text: '"message": "The sourcepath \\"/Users/xxx/src/main/default/objects/XXX_Market_big__b/indexes/XXX_Index.index-meta.xml\\" is not a valid source file path.",',
      captures: {
        path: '/Users/xxx/src/main/default/objects/XXX_Market_big__b/indexes/XXX_Index.index-meta.xml'
      }
    },
    {
      // sfdx-git-delta issue: deploy of the generated folder
      text: 'Error (1): output/force-app: File or folder not found',
      captures: { path: 'output/force-app' }
    },
    {
      text: 'The sourcepath "force-app/main/default/classes/Foo.cls" is not a valid source file path.',
      captures: { path: 'force-app/main/default/classes/Foo.cls' }
    },
    {
      text: 'Error (1): deploy/changed-sources/force-app: File or folder not found',
      surface: 'log',
      captures: { path: 'deploy/changed-sources/force-app' }
    }
  ],
  negatives: [
    {
      text: "Entity of type 'ApexClass' named 'Foo' cannot be found"
    },
    {
      text: 'No such file or directory'
    }
  ]
})
