import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-xml-mismatch',
  category: 'metadata',
  title: 'package.xml and the deployed files do not match: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>An object '?(?<name>[^'\n]{1,300}?)'? of type (?<type>\w+) was named in package\.xml, but was not found in zipped directory)/,
    /(?<detail>\bNot in package\.xml)/,
    /(?<detail>\bNo package\.xml found)/,
    /(?<detail>\bthe path specified is not a directory or doesn[’']t contain a package\.xml)/,
    /(?<detail>\bUnknown type name '(?<type>[^'\n]+)' specified in package\.xml)/,
    // source-deploy-retrieve reading a manifest whose <types> has no <name> or no <members>.
    /(?<detail>\bInvalid types definition in manifest file\b[^\n]{0,200})/
  ],
  explanation:
    'The manifest and the files in the deploy disagree: package.xml lists a component that is not in the zip, a file is in the zip but not in package.xml, or the zip has no package.xml at its root. Child types (fields, workflow alerts, labels) deployed alone hit this often.',
  remediation: [
    'Regenerate the manifest from the source you deploy: `sf project generate manifest --source-dir force-app --output-dir manifest`.',
    'Deploy by source or metadata instead of a hand-edited manifest: `sf project deploy start --source-dir <path>`.',
    'For a component named in package.xml but missing ({detail}), add its file or remove it from package.xml; for a type name error, fix the <name> spelling.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/manifest_samples.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
