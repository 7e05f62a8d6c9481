import rule from '../../../../src/classify/rules/dependency/missing-organization-feature.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Approval.unlock in a trigger where "Enable record locking and unlocking in Apex" is off
      // (tyoshikawa1.rssing.com, a Japanese blog quoting the message)
      text: 'Apex approval lock/unlock api preference not enabled.:',
      surface: 'test',
      captures: { feature: 'Apex approval lock/unlock' }
    },
    // salesforce-alm lib/messages, orgSnapshot.snapshotNotEnabled
    { text: 'Org snapshots aren’t enabled for your Dev Hub.', captures: { feature: 'Org snapshots' } },
    {
      // the Apex compiler's message catalog (messages_en_US.properties, published in forcedotcom/apex-language-support), annotation.not.supported
      text: 'Annotation is not valid in your org: NamespaceAccessible',
      captures: { feature: 'NamespaceAccessible' }
    },
    {
      // alan-morey/force-meta-backup#10: an org without Territory Management
      text: 'com.sforce.ws.SoapFaultException: INVALID_TYPE: Cannot use: Territory in this organization',
      surface: 'cli',
      captures: { feature: 'Territory' }
    },
    {
      // dxatscale/sfpowerkit issue 486: a scratch org without the setting
      text: 'ERROR running force:user:password:generate:  INSUFFICIENT_ACCESS: Cannot set password for self\nTry this:\nCreate a scratch org with the enableSetPasswordInApi org security setting set to TRUE and try again.',
      surface: 'cli',
      captures: { feature: 'enableSetPasswordInApi' }
    },
    {
      // The same, as a log shows it when the CLI's advice is printed apart from the error.
      text: 'ERROR running force:user:password:generate:  INSUFFICIENT_ACCESS: Cannot set password for self',
      surface: 'cli'
    },
    {
      // Portwood DocGen CHANGELOG (2.1.0): a patch version from a Dev Hub without the feature
      text: "Can't create patch version. Log a case in the Salesforce Partner Community and request that patch versioning be enabled...",
      surface: 'cli',
      captures: { feature: 'patch versioning' }
    },
    {
      // a CRM Analytics component deployed to an org where Analytics is not switched on
      text: 'It should be created by enabling the CRM Analytics Cloud preference',
      captures: { feature: 'CRM Analytics Cloud' }
    },
    {
      // a document generation package's Einstein provider class, deployed to an org without Einstein
      text: 'Type is not visible: ConnectApi.EinsteinLLM',
      captures: { feature: 'ConnectApi.EinsteinLLM' }
    },
    {
      // ebikes-lwc deploy to an org without Experience Cloud
      text: 'force-app\\main\\default\\sites\\E_Bikes.site-meta.xml Communities must be enabled before deploying a Chatter Network Site',
      captures: { feature: 'Communities' }
    },
    {
      // the same refusal as one component row of the install
      text: 'Apex Classes(classes/TwilioTRCapability.cls-meta.xml) Missing feature',
      captures: { feature: 'Apex Classes' }
    },
    {
      // package install into an org (Professional edition) without Apex
      text: 'Missing feature Installing this package requires the following feature and its associated permissions: Apex Classes',
      captures: { feature: 'Apex Classes' }
    },
    {
      // email template / action deploy to an org with email access off
      text: 'Send Email is disabled or activities are not allowed',
      captures: { feature: 'Send Email' }
    },
    {
      // dreamhouse issue: deploy to an org without external sharing
      text: "Can't specify an external sharing model for Property__c",
      captures: { feature: 'external sharing model' }
    },
    {
      text: 'Person Accounts is not enabled for this organization',
      captures: { feature: 'Person Accounts' }
    },
    {
      // FlexiPage deploy to an org without Lightning Layouts
      text: "You can't add fields to this Lightning page because Lightning Layouts isn't enabled.",
      captures: { feature: 'Lightning Layouts' }
    },
    {
      // kyleschmid/ObjectMerge#26: package install.
      text: 'Missing Organization Feature: CommonPortal null',
      captures: { feature: 'CommonPortal' }
    },
    {
      // Same text in a CLI envelope.
      text: 'PackageInstallError: Missing Organization Feature: PersonAccounts null',
      surface: 'cli',
      captures: { feature: 'PersonAccounts' }
    },
    {
      // the exception Apex documents for code that needs a feature the org lacks, thrown in a test
      text: 'System.RequiredFeatureMissingException: Field is not available: Account.IsPersonAccount\nClass.AccountServiceTest.createsPersonAccount: line 12, column 1',
      surface: 'test'
    },
    { text: 'REQUIRED_FEATURE_MISSING: Required feature missing', surface: 'cli' },
    // the API's status code for a feature the org lacks (the texts are ours)
    {
      text: 'System.DmlException: Insert failed. First exception on row 0; first error: FUNCTIONALITY_NOT_ENABLED, Territory Management is not enabled: []',
      surface: 'test'
    },
    { text: 'Error (1): FUNCTIONALITY_NOT_ENABLED: Invalid Action Type', surface: 'cli' },
    {
      // forcedotcom/packaging, messages/package.md (packagingNotEnabledOnOrg): a Dev Hub setting
      text: "Can't retrieve package metadata. The org you specified doesn't have the required second-generation packaging permission enabled. Enable this permission on your Dev Hub org, and try again.",
      surface: 'cli',
      captures: { feature: 'second-generation packaging' }
    },
    {
      // trailheadapps/ebikes-lwc#158: a Lightning page deployed to an org without My Domain
      text: 'You must have My Domain deployed to use component c:pageTemplate_2_7_3',
      surface: 'component',
      captures: { feature: 'My Domain' }
    }
  ],
  negatives: [
    // a query the Bulk API cannot run (the text is ours, in the API's words)
    {
      text: 'Failed to process query: FUNCTIONALITY_NOT_ENABLED: Selecting compound data not supported in Bulk Query',
      surface: 'cli'
    },
    // an API version too old for the type, not a feature the org lacks
    { text: 'sf:INVALID_TYPE: INVALID_TYPE: Cannot use: FlowDefinition in this version', surface: 'cli' },
    { text: 'Log a case with Salesforce Support and include the error ID', surface: 'cli' },
    // A requirement on the component's own settings, not an org feature (the text is ours).
    { text: 'You must have at least one value selected to use this picklist', surface: 'component' },
    // The project's own class hidden by its access modifier: a code error.
    { text: 'Type is not visible: AccountService.Helper' },
    // Tracking a field the org does track, but one too many: an org limit, not a missing setting.
    {
      text: 'You can track up to 20 fields per object; Opportunity already has history tracking enabled on 20'
    },
    { text: 'Missing ";" at "}"' },
    { text: 'System.NullPointerException: Attempt to de-reference a null object', surface: 'test' },
    { text: 'Required field is missing: name' }
  ]
})
