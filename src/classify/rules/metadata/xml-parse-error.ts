import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'xml-parse-error',
  category: 'metadata',
  title: 'Metadata file is not valid XML for its type: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /Error parsing file: (?<detail>[^\n]+)/,
    // source-deploy-retrieve reading a source file: "error parsing <file> due to:\n message: <reason>".
    // File names have spaces: layouts are named "<Object>-<Layout Name>".
    /\berror parsing (?<file>[^\n'"]{1,300}?\.xml) due to:\s{0,10}(?:message: )?(?<detail>[^\n]+)/,
    /(?<detail>\bElement \{[^}\n]{0,200}\}(?<element>\w+) invalid at this location(?: in type (?<type>\w+))?)/,
    /(?<detail>\bUnexpected element \{[^}\n]{0,200}\}(?<element>\w+) during simple type deserialization)/,
    /(?<detail>'(?<value>[^'\n]+)' is not a valid value for the enum '(?<type>[^'\n]+)')/,
    /(?<detail>\bContent is not allowed in (?:prolog|trailing section)\.?)/,
    /(?<detail>\bThe markup in the document (?:following|preceding) the root element must be well-formed\.?)/,
    /(?<detail>\bXML document structures must start and end within the same entity\.?)/,
    /(?<detail>\bThe element type "(?<element>[^"\n]+)" must be terminated by the matching end-tag[^\n]*)/,
    /(?<detail>\bElement type "(?<element>[^"\n]+)" must be followed by either attribute specifications[^\n]*)/,
    /(?<detail>\bPremature end of file\.?)/,
    /(?<detail>\bXML parse error: [^\n]+)/,
    /(?<detail>\bmismatched tag: line \d+, column \d+)/,
    // A value the schema types as a number, a date or a boolean that is something else ("undefined").
    /(?<detail>'?(?<value>[^'\s]{0,100})' is not valid for the type xsd:(?<type>\w+))/,
    // sax, the XML reader of older CLIs and of jsforce, names what it met in a malformed file. Not
    // "Unclosed root tag": a response cut short in transit reads the same.
    /\b(?<detail>Non-whitespace before first tag|Unexpected close tag|Text data outside of root node|Unmatched closing tag: [\w:.-]+)(?=\.?\r?$)/m
  ],
  explanation:
    'Salesforce could not read a metadata file: it is not well-formed XML, it contains an element that is not allowed where it stands (often metadata retrieved at a newer API version deployed at an older one), a value is not in the allowed list, or a non-metadata file sits in a metadata folder.',
  remediation: [
    'Open the file named in the failure and fix what the parser reports ({detail}).',
    'If the element is valid in a newer API version, raise the apiVersion of the deploy (sourceApiVersion in sfdx-project.json) or remove the element.',
    'Remove stray files (README.md, .DS_Store) from metadata folders or list them in .forceignore, then redeploy.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm'
  ],
  retryable: false
})
