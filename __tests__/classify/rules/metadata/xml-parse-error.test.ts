import rule from '../../../../src/classify/rules/metadata/xml-parse-error.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/salesforcedx-vscode issue 3121: "undefined" written where a number belongs
      text: "undefined' is not valid for the type xsd:double",
      surface: 'cli',
      captures: { value: 'undefined', type: 'double' }
    },
    {
      // The same in a Windows log, lines ending in CRLF; the text is ours.
      text: 'Error: Non-whitespace before first tag.\r\nLine: 0\r\nColumn: 1\r\nChar: {',
      surface: 'log'
    },
    {
      // celador/ForceCode issue 115: sax, reading a file that is not XML
      text: 'Non-whitespace before first tag',
      surface: 'cli'
    },
    {
      // The text is ours, in sax's words with the position it prints after them.
      text: 'Error: Unexpected close tag\nLine: 12\nColumn: 9\nChar: >',
      surface: 'cli',
      captures: { detail: 'Unexpected close tag' }
    },
    {
      // source-deploy-retrieve messages/sdr.md (invalid_xml_parsing), as the CLI prints it for a hand-edited source file
      text: "error parsing force-app/main/default/objects/Account/fields/Region__c.field-meta.xml due to:\n message: Closing tag 'label' is expected inplace of 'labl'.\n line: 5\n code: InvalidTag",
      surface: 'cli',
      captures: {
        file: 'force-app/main/default/objects/Account/fields/Region__c.field-meta.xml',
        detail: "Closing tag 'label' is expected inplace of 'labl'."
      }
    },
    {
      // the same message for a page layout, whose file name has spaces (the text is ours)
      text: "Error (LibraryError): error parsing force-app/main/default/layouts/Case-Case Layout.layout-meta.xml due to:\n message: Unclosed tag 'layoutSections'.\n line: 88\n code: InvalidTag",
      surface: 'cli',
      captures: {
        file: 'force-app/main/default/layouts/Case-Case Layout.layout-meta.xml',
        detail: "Unclosed tag 'layoutSections'."
      }
    },
    {
      // CumulusCI: malformed metadata XML
      text: 'ParseError: mismatched tag: line 3, column 22',
      captures: { detail: 'mismatched tag: line 3, column 22' }
    },
    {
      // natewallace/ApexNTLM#6 (a README.md inside customMetadata/)
      text: 'Error parsing file: Content is not allowed in prolog.',
      captures: { detail: 'Content is not allowed in prolog.' }
    },
    {
      // trailheadapps/ebikes-lwc#458 (Profile, API-version skew)
      text: 'Error parsing file: Element {http://soap.sforce.com/2006/04/metadata}fieldPermissions invalid at this location in type ProfileFieldLevelSecurity'
    },
    {
      // same element error without the "Error parsing file" prefix
      text: 'Element {http://soap.sforce.com/2006/04/metadata}fieldPermissions invalid at this location in type ProfileFieldLevelSecurity',
      captures: { element: 'fieldPermissions', type: 'ProfileFieldLevelSecurity' }
    },
    {
      // afawcett/githubsfdeploy#24
      text: 'Error parsing file: Unexpected element {http://soap.sforce.com/2006/04/metadata}p during simple type deserialization'
    }
  ],
  negatives: [
    // A reply cut short in transit reads the same to sax; not a malformed file.
    { text: 'Error: Unclosed root tag\nLine: 40\nColumn: 0\nChar: ', surface: 'cli' },
    // The same words about HTML in a Visualforce page the org reports, not a file the reader choked on.
    { text: 'Unexpected close tag in apex:page markup', surface: 'cli' },
    // A JSON file read by the CLI, not a metadata file.
    {
      text: 'error parsing sfdx-project.json due to: Unexpected token } in JSON at position 120',
      surface: 'cli'
    },
    { text: 'SyntaxError: Unexpected end of JSON input' },
    { text: 'In field: field - no CustomField named Account.Region__c found' }
  ]
})
