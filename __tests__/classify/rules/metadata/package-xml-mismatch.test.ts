import rule from '../../../../src/classify/rules/metadata/package-xml-mismatch.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // salesforce-alm (the sfdx toolbelt), messages mdapiConvertApi.invalidPath
    {
      text: 'ERROR running force:mdapi:convert:  the path specified is not a directory or doesn’t contain a package.xml',
      surface: 'cli'
    },
    {
      // forcedotcom/source-deploy-retrieve, src/resolve/manifestResolver.ts: a <types> block without its <name>
      text: 'Error (1): Invalid types definition in manifest file: manifest/package.xml\nFound: ""',
      surface: 'cli',
      captures: { detail: 'Invalid types definition in manifest file: manifest/package.xml' }
    },
    {
      // joeferraro/MavensMate#285
      text: "An object 'Report_Name.report/Report_Name' of type Report was named in package.xml, but was not found in zipped directory",
      captures: { type: 'Report' }
    },
    {
      // mshanemc/shane-sfdx-plugins#104 (CustomLabel child components)
      text: 'Not in package.xml'
    },
    {
      // salesforce.stackexchange.com/questions/252340
      text: 'package.xml (classes/package.xml) (line:0 column:0) No package.xml found'
    },
    {
      // forcedotcom/cli#2563 (workflow alert deployed alone)
      text: 'An object Account.Notify_Owner of type WorkflowAlert was named in package.xml, but was not found in zipped directory',
      captures: { type: 'WorkflowAlert' }
    }
  ],
  negatives: [
    { text: 'Deploying package.xml to the org' },
    { text: 'In field: tab - no CustomTab named Hello found' }
  ]
})
