import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'lwc-compile-error',
  category: 'metadata',
  title: 'Lightning web component does not compile: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\[Line: (?<line>\d+), Col: (?<column>\d+)\] (?<detail>[^\n]+)/,
    /(?<detail>\bLWC(?<code>\d{4}): [^\n]+)/,
    /(?<detail>No base file for markup:\/\/(?<component>[\w:-]+))/,
    /(?<detail>Cannot find Lightning Component Bundle (?<component>[\w-]+))/,
    /(?<detail>The Lightning Web Component Bundle API Name can only contain[^\n]*)/,
    /(?<detail>LWC Metadata Xml Parser: [^\n]+)/
  ],
  explanation:
    'The LWC compiler on the org rejected the bundle: a template, JavaScript or js-meta.xml file has a syntax error, an invalid import, or the bundle folder and its files are not named alike. Salesforce compiles the whole bundle at deploy time, so one bad file fails the component.',
  remediation: [
    'Open the bundle named in the failure and fix the line and column the compiler reports ({detail}).',
    'Check that the folder name, the .js, .html and .js-meta.xml file names all match, and that no __tests__ or jest files sit inside the deployed bundle (add them to .forceignore).',
    'Run `npx eslint` / the LWC jest tests locally, then redeploy just the bundle: `sf project deploy start --metadata LightningComponentBundle:<name>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/platform/lwc/guide/get-started-introduction.html',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
