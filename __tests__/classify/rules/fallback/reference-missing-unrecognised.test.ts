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
    }
  ],
  negatives: [
    // Errno names and Go's DNS wording in a component's problem are the platform's, not a missing reference.
    { text: 'openssl config failed: error:02001003:system library:fopen:No such process' },
    { text: 'dial tcp: lookup acme.my.salesforce.com: no such host' },
    {
      text: 'Some brand-new validation message Salesforce added in a later release'
    },
    {
      text: 'Record not found',
      surface: 'test'
    }
  ]
})
