import { defineRule } from '../../define-rule.js'
import { MISSING_WORDING, SAME_SENTENCE } from '../missing-wording.js'

// What a command can look for in an org and not find: the Metadata API's type names (as written and in
// words) and the records behind them. A sandbox is left out: the CLI says the same of the org it should
// log in to (auth) and of the one it should clone from (a dependency). The runner's own things (files,
// paths, modules, plugins, images) are runner-item-missing-unrecognised's, which is asked first.
const ORG_ITEM = String.raw`(?:s?objects?|sobject type|fields?|columns?|entity|entities|records?|(?:apex |test )?class(?:es)?|triggers?|(?:test )?suites?|components?|package(?: versions?)?|packages|templates?|permission sets?|(?:permission set )?licen[cs]es?|profiles?|(?:user |public )?groups?|record ?types?|picklist(?: values?)?|(?:global |standard )?value sets?|metadata(?: types?)?|flows?|layouts?|custom (?:metadata(?: types?)?|settings?|labels?|permissions?)|named credentials?|connected apps?|namespaces?|ancestor|queues?|reports?|dashboards?|static resources?|(?:Visualforce |Apex )?pages?|sites?|agents?|Apex(?:Class|Trigger|Page|Component|TestSuite)|Custom(?:Object|Field|Metadata|Label|Permission|Tab)|(?:Global|Standard)ValueSet|PermissionSet(?:Group|License)?|FlexiPage|FlowDefinition|(?:LightningComponent|AuraDefinition|Experience)Bundle|StaticResource|RecordType|EmailTemplate|ConnectedApp|NamedCredential|GenAi(?:Plugin|Planner|PlannerBundle|Function|PromptTemplate))`
// The noun and the wording share a sentence: "The package ancestor … was not found", "No such column
// 'X' on sobject", "no subscriber package version record found", "No package named 'Acme Core' found".

export default defineRule({
  id: 'org-item-missing-unrecognised',
  category: 'dependency',
  title: 'Something the command looked for is missing from the org',
  surfaces: ['cli'],
  patterns: [
    new RegExp(String.raw`\b(?<item>${ORG_ITEM})\b${SAME_SENTENCE}\b${MISSING_WORDING}\b`, 'i'),
    new RegExp(String.raw`\b${MISSING_WORDING}\b${SAME_SENTENCE}\b(?<item>${ORG_ITEM})\b`, 'i'),
    // "No test found with the given names": a bare "test" only here, where "no … found" says it was
    // looked for; elsewhere it is as often a folder of the repository.
    new RegExp(
      String.raw`\bno (?:[\w-]+ ){0,4}?(?<item>${ORG_ITEM}|tests?)(?: [^\s.]{1,60}){0,3}? (?:was |were )?found\b`,
      'i'
    ),
    new RegExp(
      String.raw`\bno [\w ]{1,40}? (?:was |were )?found\b${SAME_SENTENCE}\b(?<item>${ORG_ITEM})\b`,
      'i'
    ),
    // Whatever it is, the message says the org lacks it: "Agent X not found in org …"; unless it is a
    // sandbox or scratch org, which are orgs themselves.
    new RegExp(
      String.raw`(?<!\b(?:sandbox|scratch org)\b[^.\n]{0,40})\b${MISSING_WORDING}\b[^.\n]{0,60}?\b(?:in|from) (?:(?:the|this|your|target|production|specified) ){0,2}(?:org|Dev Hub)\b`,
      'i'
    )
  ],
  explanation:
    'No specific rule knows this message, but the command says that something it looked for in the org (a field, object, class, package, template or other component) is not there: usually deployed or installed elsewhere first, or a name that differs between orgs.',
  remediation: [
    'Find the name in the message and check that it exists in the org the command ran against (Setup, or `sf org list metadata --metadata-type <Type> --target-org <org>`; for packages, `sf package version list --target-dev-hub <hub>`).',
    'Deploy or install it first, or correct the name the command was given.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm'
  ],
  retryable: false
})
