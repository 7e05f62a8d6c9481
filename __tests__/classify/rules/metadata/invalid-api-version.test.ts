import rule from '../../../../src/classify/rules/metadata/invalid-api-version.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/apex-recipes PR 344: API 56.0 before the CI orgs were on that release
      text: 'package.xml version 56.0 is invalid',
      captures: { version: '56.0' }
    },
    {
      // CumulusCI's listMetadata call made with an API version older than the type
      text: 'sf:INVALID_TYPE: INVALID_TYPE: Cannot use: FlowDefinition in this version',
      surface: 'cli',
      captures: { type: 'FlowDefinition' }
    },
    {
      // Salesforce DX troubleshooting guide, 'API Version Mismatch'
      text: 'ERROR running force:source:push: The configured apiVersion 51.0 is not supported for this org. The max apiVersion is 50.0',
      surface: 'cli',
      captures: { version: '51.0' }
    },
    {
      // sfdx-core's connection check of a configured apiVersion
      text: 'Invalid API version 420. Expecting format "[1-9][0-9].0", i.e. 42.0',
      surface: 'cli',
      captures: { version: '420' }
    },
    {
      // a deploy to an org on an older release than the project's sourceApiVersion
      text: 'Invalid version specified:45.0',
      captures: { version: '45.0' }
    },
    {
      // salesforcecli/plugin-deploy-retrieve#623 (classes/FileUtilities.cls-meta.xml)
      text: 'Invalid api version:88.0',
      captures: { version: '88.0' }
    },
    {
      // hardisgroupcom/sfdx-hardis#374 (user-pasted CLI output)
      text: 'The field apiVersion can\'t be "58".',
      captures: { version: '58' }
    },
    {
      // forcedotcom/devops-center-roadmap#145
      text: "Flow failed to deploy due to Property 'nameSegment' not valid in version 54.0",
      captures: { property: 'nameSegment', version: '54.0' }
    }
  ],
  negatives: [
    { text: 'package.xml version 56.0 is the one deployed' },
    // The org's maximum stated on its own, as `sf org display` prints it.
    { text: 'The max apiVersion is 50.0', surface: 'cli' },
    { text: 'Invalid version specified: 1.0.0' },
    { text: 'Deploying v62.0 metadata to ci@fake-org.example using the v64.0 SOAP API.' },
    { text: 'Invalid version number: 7' }
  ]
})
