import rule from '../../../../src/classify/rules/transient/html-error-page.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#3388: installing the CLI in a Jenkins job, where the registry's answer was a web page
      text: 'npm error invalid json response body at https://www.npmjs.com/package/@salesforce/cli reason: Unexpected token \'<\', " \nnpm error <!doctype "... is not valid JSON',
      surface: 'cli'
    },
    {
      // the same page under sfdx's error line, as a step log shows it
      surface: 'log',
      text: 'ERROR running force:source:deploy:  SfdxError: \n<html>\n<body>'
    },
    {
      // forcedotcom/cli#930: the REST deploy endpoint answered with Salesforce's 'Illegal Request' page
      text: 'SfdxError: \n<html>\n<body>\n\n<table cellspacing=10>\n    <tr>\n        <td><span style="font-weight: bold; font-size: 12pt;">Illegal Request</span></td>\n    </tr>'
    },
    {
      // forcedotcom/cli#1727
      text: 'MetadataTransferError: Metadata API request failed: <h1>Bad Message 400</h1><pre>reason: Bad Request</pre>'
    },
    {
      // forcedotcom/cli#884
      text: 'SyntaxError: Unexpected token < in JSON at position 1',
      surface: 'log'
    },
    {
      // forcedotcom/cli#1481
      text: 'ERROR running force:source:deploy: Metadata API request failed: <!DOCTYPE html>\n<html><body>This error originated from Salesforce Edge</body></html>'
    }
  ],
  negatives: [
    // merge-conflict markers left in a project file: the file is broken, no server is involved (the text is
    // ours, in Node 20's wording)
    {
      text: 'Error (1): Unexpected token \'<\', "{\n<<<<<<< "... is not valid JSON',
      surface: 'cli'
    },
    { text: 'Error: <html> template not found in force-app/main/default/lwc/card' },
    { text: "Unexpected token: Expecting ';' but was: '<'" },
    // An LWC or Visualforce compile error quotes markup; it is not a page the server sent.
    { text: 'LWC1503: Parsing error: <html> is not a valid tag in template.html' }
  ]
})
