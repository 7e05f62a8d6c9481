import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'html-error-page',
  category: 'transient',
  title: 'A server answered with an HTML error page instead of an API response',
  surfaces: ['cli', 'log'],
  patterns: [
    /This error originated from Salesforce Edge/,
    /We've hit a snag\./,
    /Metadata API request failed: <!DOCTYPE html/i,
    /<h1>Bad Message 400<\/h1>/,
    // JSON.parse meeting markup: Node's "in JSON at position N", and Node 20's quote of the text, which may
    // begin with a blank or a tool's prefix ("npm error <!doctype …"); not merge-conflict markers (`<<<<<<<`)
    // in a project file.
    /Unexpected token '?<'?(?: in JSON at position \d+|, "\s{0,5}(?:npm error\s{1,5})?<[!?A-Za-z])/,
    /Metadata API response not parseable/,
    // A message that is an HTML document, alone on its lines or right after `Error:`, is a page, not an API
    // answer. Markup quoted inside a compile error sits mid-line.
    /(?:^|\n|Error:)\s{0,40}(?:<!(?:DOCTYPE|doctype)\s{1,10}(?:html|HTML)\b|<(?:html|HTML)\b[^>\n]{0,200}>\s{0,40}<(?:head|body|HEAD|BODY)\b)/
  ],
  explanation:
    "A proxy or Salesforce's edge network returned a web page (maintenance, overload, domain still propagating) where the CLI expected XML or JSON. The request may even have been processed.",
  remediation: [
    'Check whether the deployment actually ran: `sf project deploy report --job-id <0Af… id>` or Setup > Deployment Status.',
    "Check https://status.salesforce.com for the org's instance, then rerun.",
    'If the page came from a package registry (npm installing the CLI or a plugin), check the runner’s proxy and registry settings (`npm config get registry`, `HTTPS_PROXY`).'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: true
})
