import rule from '../../../../src/classify/rules/fallback/reference-missing-unrecognised.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // workflow deployed without its object
      text: 'Error: Cannot create workflow directly; must create the CustomObject first'
    },
    {
      // NebulaLogger install: dashboard component
      text: 'Component [desktopDashboards:embeddedDashboard] attribute [dashboardName]: Invalid dashboard Unique Name LoggerAdmin - no dashboards found.'
    },
    { text: "Entity of type 'ApexClass' named 'RegionHelper' cannot be found" },
    {
      // a shape no specific rule covers
      text: 'sharedTo not found: role - CEO'
    },
    {
      text: 'Permission set "C" not found in target org. Do you need to push source?',
      surface: 'cli'
    }
  ],
  negatives: [
    // A DNS failure in Go's words, not a missing reference.
    { text: 'dial tcp: lookup acme.my.salesforce.com: no such host', surface: 'cli' },
    // forcedotcom/salesforcedx-vscode issue 1027: an errno name (ESRCH), not a missing reference
    { text: 'openssl config failed: error:02001003:system library:fopen:No such process', surface: 'cli' },
    // A file the runner lacks is not something missing from the org.
    { text: "DeployMetadata - Error - ENOENT: no such file or directory, scandir ''", surface: 'cli' },
    // The same on a Windows runner, and from a shell.
    { text: 'The system cannot find the path specified.', surface: 'cli' },
    { text: 'cat: deploy-result.json: No such file', surface: 'cli' },
    {
      text: 'Some brand-new validation message Salesforce added in a later release'
    },
    {
      text: 'Record not found',
      surface: 'test'
    }
  ]
})
