import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'source-files-incomplete',
  category: 'metadata',
  title: 'A source file is missing, misplaced or ignored: {detail}',
  surfaces: ['cli', 'log', 'component'],
  patterns: [
    // The path may be wrapped over several lines by the terminal it was copied from.
    /(?<detail>\bUnexpected child metadata\s{0,10}\[(?<path>[^\]]{1,400})\] found for parent type \[(?<type>\w+)\])/,
    /(?<detail>(?<path>[^\s'"]{1,300}): Expected source files for type '(?<type>\w+)')/,
    /(?<detail>\bCould not find parent type for (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bMetadata xml file (?<path>[^\s'"]{1,300}) is forceignored but is required for [^\n]+)/,
    /(?<detail>\bmetadata types require source files, but (?<path>[^\s'"]{1,300}) is forceignored)/,
    /(?<detail>\bSourceComponent (?<name>\S{1,300}) \(metadata type = (?<type>\w+)\) (?:is missing its content file|does not have an associated metadata xml to parse))/,
    /(?<detail>\bA StaticResource directory must have a content type of application\/zip or application\/jar - found [^\s]+ for (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bA StaticResource must have an associated \.resource file, missing (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bExpected metadata file with '-meta\.xml' extension at path: (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bExpected file at path: (?<path>[^\s'"]{1,300}-meta\.xml))/,
    // The sfdx toolbelt's wordings of the same two checks.
    /(?<detail>\bExpected file at path: (?<path>[^\s'"]{1,300}) to end with the '-meta\.xml' extension)/,
    /(?<detail>\bExpected metadata file at path: (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bUnexpected file found in package directory: (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bMultiple files found for path: (?<path>[^\s'"]{1,300}))/,
    /(?<detail>\bExpected content file\(s\) at path\(s\): (?<path>[^\s'"]{1,300}))/,
    // The VS Code extension placing a component whose files are not where its type keeps them.
    /(?<detail>\bFailed to handle component (?<name>\S{1,300}), file path not expected)/,
    // The error's name alone, when the CLI printed no message with it.
    /\b(?<detail>ExpectedSourceFilesError)\b/,
    // source-deploy-retrieve refusing a -meta.xml named after the wrong file of a bundle.
    /(?<detail>\bInvalid meta-xml name: (?<path>[^\s,]{1,300}), should end with [^\s]{1,60})/,
    // A string-replacement file sfdx-project.json names that the checkout does not have.
    /(?<detail>\bThe file "(?<path>[^"\n]{1,300})" specified in the "replacements" property of sfdx-project\.json could not be read)/
  ],
  explanation:
    "Source format keeps most metadata as two files (the content and its -meta.xml), and child metadata (fields, translations, list views) inside its parent's folder. The CLI found a file without its partner, a child outside a parent it knows, or one half of a pair listed in .forceignore, so it cannot build the component ({detail}).",
  remediation: [
    'Look at the path in the message: add the missing -meta.xml or content file, or move the file under the folder its parent type expects.',
    'If the component should not be deployed, list both of its files in .forceignore (or end the entry with `*`), not just one.',
    'Check locally before pushing: `sf project convert source --source-dir force-app --output-dir /tmp/mdapi` fails on the same file.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_source_file_format.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_exclude_source.htm'
  ],
  retryable: false
})
