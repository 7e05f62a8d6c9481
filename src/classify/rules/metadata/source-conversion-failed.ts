import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'source-conversion-failed',
  category: 'metadata',
  title: 'The CLI could not convert a source file to metadata: {detail}',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    // A JavaScript fault in the CLI's own code ("XMLBuilder is not a constructor", "group.push is not a
    // function", "Cannot create property 'x' on string") is a CLI bug whatever file it met, so it is left
    // to the CLI catch-all.
    /Component conversion failed: (?![^\n]*? is not a (?:function|constructor)\b|Cannot create property\b)(?<detail>[^\n]+)/
  ],
  explanation:
    'Before deploying, the CLI converts source-format files into Metadata API files. A file it cannot read — malformed XML, an unexpected element, or a file in the wrong folder for its type — stops the conversion.',
  remediation: [
    'Run the conversion alone to see which file fails: `sf project convert source --source-dir force-app --output-dir /tmp/mdapi`.',
    'Validate the XML of recently changed -meta.xml files and check each sits in the folder its metadata type expects.',
    'Update the CLI (`npm install -g @salesforce/cli`): conversion bugs for newer metadata types are fixed regularly.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_source_file_format.htm'
  ],
  retryable: false
})
