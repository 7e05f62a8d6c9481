import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'missing-organization-feature',
  category: 'dependency',
  title: 'The target org lacks a feature or setting: {feature|see the message}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    /Missing Organization Feature:\s*(?<feature>\w+)/,
    /\bbecause (?<feature>[A-Z][\w -]{2,60}?) (?:isn[’']t|is not|aren[’']t|are not) enabled\b/,
    /\b(?<feature>[A-Z][\w -]{2,60}?) (?:isn[’']t|is not|aren[’']t|are not) enabled (?:in|for) (?:this|your) (?:org(?:anization)?|Dev Hub)\b/,
    /\bCan't specify an (?<feature>external sharing model) for\b/,
    /\b(?<feature>Send Email) is disabled or activities are not allowed\b/,
    /\brequires the following feature and its associated permissions: (?<feature>[^\n.]{1,80})/,
    /\b(?<feature>[A-Z][\w ]{1,60})\([\w./-]{1,200}-meta\.xml\) Missing feature\b/,
    /\b(?<feature>[A-Z][\w ]{1,40}?) must be enabled before deploying\b/,
    // A Lightning page or component that needs an org-wide setting ("You must have My Domain deployed").
    /\bYou must have (?<feature>[A-Z][\w ]{1,40}?) (?:deployed|enabled|turned on) to use\b/,
    // Apex using an org preference that Setup leaves off ("Apex approval lock/unlock api preference not enabled").
    /\b(?<feature>[A-Z][\w /-]{2,60}?) (?:api )?preference (?:is )?not enabled\b/,
    // A component that only the org itself creates, once a Setup preference is switched on.
    /\bshould be created by enabling the (?<feature>[A-Z][\w ]{1,60}?) preference\b/,
    // Features Salesforce switches on only through a support case (patch versioning in a Dev Hub).
    /\bLog a case [^\n]{0,120}?request that (?<feature>[\w ]{1,60}?) be enabled\b/,
    // Setting a user's password through the API needs an org security setting scratch orgs lack by default.
    /\bCannot set password for self\b[^\n]*(?:\n[^\n]*){0,3}?\b(?<feature>enableSetPasswordInApi)\b/,
    /\bINSUFFICIENT_ACCESS: Cannot set password for self\b/,
    // Apex names the exception for code that needs a feature the org lacks, in tests as at compile time.
    /\bRequiredFeatureMissingException: (?<feature>[^\n]{1,120})/,
    /\bREQUIRED_FEATURE_MISSING(?:: (?<feature>[^\n]{1,120}))?/,
    // A type the org's edition or features do not include ("INVALID_TYPE: Cannot use: Territory in this
    // organization"); "… in this version" is an API version too old, not a missing feature.
    /\bCannot use: (?<feature>\w+) in this organization\b/,
    // The Apex compiler on an annotation whose feature the org lacks (@NamespaceAccessible outside a namespace).
    /\bAnnotation is not valid in your org: (?<feature>\w+)/,
    // The API's status code for a call that needs a feature the org has not switched on. The message after
    // the code says which, in words of its own; a query the Bulk API cannot run is not a feature the org lacks.
    /\bFUNCTIONALITY_NOT_ENABLED\b(?![^\n]*\bBulk Query\b)/,
    // A Dev Hub without second-generation packaging switched on (forcedotcom/packaging, packagingNotEnabledOnOrg).
    /\bdoesn[’']t have the required (?<feature>second-generation packaging) permission enabled\b/,
    // Connect API types exist only where their feature is licensed (Einstein generative AI, Data Cloud):
    // elsewhere the compiler reports them as not visible.
    /\bType is not visible: (?<feature>ConnectApi\.\w+)/
  ],
  explanation:
    'The package, component or command needs an org feature or setting ({feature|the message or its advice names it}) that is not enabled in the target org, for example CommonPortal for customer portals or communities.',
  remediation: [
    'Enable {feature|the feature} in the target org (in the Dev Hub, when the message says the Dev Hub lacks it), or ask Salesforce to provision it; for a scratch org, add the matching feature to the definition file.',
    'For "Apex approval lock/unlock api preference not enabled", turn on "Enable record locking and unlocking in Apex" in Setup > Process Automation Settings.',
    'For "Cannot set password for self", create the scratch org with `"settings": {"securitySettings": {"passwordPolicies": {"enableSetPasswordInApi": true}}}` in its definition file.',
    'Then deploy or install again.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
