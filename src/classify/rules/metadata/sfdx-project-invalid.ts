import { defineRule } from '../../define-rule.js'
import { CLI_OWN_PATH } from '../cli-own-path.js'

export default defineRule({
  id: 'sfdx-project-invalid',
  category: 'metadata',
  title: 'sfdx-project.json, or the project around it, is not valid for this command',
  surfaces: ['cli', 'log'],
  patterns: [
    /\b(?:SfdxProjectJson|sfdx-project\.json)\b[^\n]{0,120}\b(?:invalid|not (?:schema )?valid|error|must|failed|does not exist)/i,
    /\bInvalidPackageDirectory(?:Error)?\b/,
    /\bThe package root directory does not exist: (?<path>\S{1,300})/,
    /\bThe package root directory is not a source directory\b/,
    /\bAdd a valid path to packageDirectories in the sfdx-project\.json file\b/,
    /\bdoesn[’']t match the path value in any packageDirectories specified in sfdx-project\.json\b/,
    // A project file that is not valid JSON or does not fit its schema (the sfdx toolbelt's wordings);
    // not the CLI's own files (~/.sfdx/stash.json), which the project cannot fix.
    /\bParse error in file (?<path>[^\n]{0,300}?sfdx-project\.json) on line \d+/,
    /\bAn error occurred parsing "(?<path>[^"\n]{0,300}?sfdx-project\.json)"/,
    /\bSchema validation failed with following errors:\s{0,10}#\/(?:packageDirectories|packageAliases|namespace|sourceApiVersion|sfdcLoginUrl|plugins)\b/,
    // A package the command names that sfdx-project.json does not list.
    /\bisn[’']t defined in the sfdx-project\.json\b/,
    // The versionNumber in sfdx-project.json repeats one already promoted.
    /\bYou already promoted a package version with this major\.minor\.patch version number\b/,
    /\bIn sfdx-project\.json, (?:be sure to specify which|indicate only one) package directory\b/,
    /\bThe ancestorVersion in sfdx-project\.json is not the version expected\b/,
    /No source[- ]backed components present in the package/,
    /isn't in a package directory that's specified in your sfdx-project\.json/,
    // A project file; a file of the CLI's own installation or home folder is cli-own-file-missing.
    new RegExp(
      String.raw`\bENOENT: no such file or directory, (?:open|scandir|stat|lstat) '(?<path>(?![^'\n]*?${CLI_OWN_PATH})[^'\n]+)'`
    ),
    /The (?<type>\w+) named (?<name>\S+) was not found in the workspace/,
    /\bancestor (?:package )?version\b[^\n]{0,200}?(?:isn[’']t|hasn[’']t|has not|is not) (?:the highest|been promoted|released)/i,
    // Any other refusal that sends the user to change sfdx-project.json.
    // Not a tool's own check of the file ("Invalid sourceApiVersion found in sfdx-project.json" from
    // sfdx-lwc-jest names its own expectation).
    /(?:^|[.:] )In sfdx-project\.json, /m,
    /\bdefined in your sfdx-project\.json file\b/,
    /\bCheck your sfdx-project\.json\b/
  ],
  explanation:
    'The command ran in a folder without a usable sfdx-project.json: the checkout step is missing or checked out elsewhere, the step runs in the wrong working directory, or sfdx-project.json itself is invalid (for example a packageDirectories path that does not exist, or a package the command names that it does not list, or a versionNumber already promoted).',
  remediation: [
    'Make sure the job checks out the repository (`actions/checkout`) before the deploy step, and that the step runs at the project root (set `working-directory:` if the project is in a subfolder).',
    'Check sfdx-project.json: it must be valid JSON and every `packageDirectories[].path` must exist.',
    'Reproduce locally from the same folder: `sf project deploy start --dry-run --source-dir force-app --target-org <org>`.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm'],
  retryable: false
})
