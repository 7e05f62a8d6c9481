import { defineRule } from '../../define-rule.js'

// The packaging library's checks of a package version definition, in the words it prints them
// (forcedotcom/packaging, messages/package_version_create.md, package_version.md, version_number.md).
export default defineRule({
  id: 'package-version-definition-invalid',
  category: 'metadata',
  title: 'The package version definition in sfdx-project.json is not valid: {detail}',
  surfaces: ['cli', 'log'],
  patterns: [
    // versionNumber: four parts, the build part a number or one of the keywords.
    /(?<detail>\bThe provided VersionNumber '(?<version>[^'\n]{1,60})' is (?:invalid|not supported)\b[^\n]{0,120})/,
    /(?<detail>\bVersionNumber (?:must be in the format|parts major, minor or patch must be a number)\b[^\n]{0,80})/,
    /(?<detail>\bThe VersionNumber property must be specified)\b/,
    /(?<detail>\bThe version number is required and was not found in the options or in package json descriptor)\b/,
    /(?<detail>\bPatch version node for version, (?<version>[\w.]{1,60}), must be 0 for a Locked package)\b/,
    // The ancestor of a managed package version.
    /(?<detail>\bThe given ancestorVersion \([^)\n]{1,60}\) is not in the correct format|\bThe ancestor versionNumber must be in the format[^\n]{0,80})/,
    /(?<detail>\bNo matching ancestor (?:version \([^)\n]{1,60}\) )?found for the given ancestor(?:Id|Version)\b[^\n]{0,80})/,
    /(?<detail>\bThe given ancestor version \([^)\n]{1,60}\) has not been released)\b/,
    /(?<detail>\bThe ancestor(?:Id)? for ancestor(?:Id|Version) \[?[\w.]{1,60}\]? can[’']t be found\b[^\n]{0,80})/,
    /(?<detail>\bBoth ancestorId \(\w+\) and ancestorVersion \(\w+\) specified\b[^\n]{0,80})/,
    /(?<detail>\bCan[’']t create package version because you didn[’']t specify a package ancestor)\b/,
    /(?<detail>\bSpecifying an ancestor is available only for second-generation managed packages)\b/,
    /(?<detail>\bNo matching major\.minor version found for the given patch version\b[^\n]{0,40})/,
    /(?<detail>\bThe new recommended version is not a descendant of the previous recommended version)\b/,
    // Dependencies and package directories as sfdx-project.json declares them.
    /(?<detail>\bYou can[’']t have both "package" and "packageId" \(deprecated\) defined as dependencies\b[^\n]{0,40})/,
    /(?<detail>\bYou must provide either "package" or "packageId" \(deprecated\) defined as dependencies\b[^\n]{0,40})/,
    /(?<detail>\bDependency must specify either a subscriberPackageVersionId or both packageId and versionNumber)\b/,
    /(?<detail>\bCould not find a package in sfdx-project\.json file using "path" [^\n]{1,200}?)\. Add it to\b/,
    /(?<detail>\bCouldn[’']t find a package directory for package using packageId or alias [^\n]{1,200}?)\. Add it to\b/,
    /(?<detail>\bNo matching source was found within the package root directory\b[^\n]{0,200})/,
    /(?<detail>\b(?:Un-packaged|Seed) metadata directory (?<path>\S{1,200}) was specified but does not exist)\b/,
    /(?<detail>\bthe calculated package\.xml for the package does not contain a <Package>(?:<types>)? element)/,
    /(?<detail>\bThis parameter is available only for second-generation managed packages\b[^\n]{0,120})/,
    // A package alias or id the project does not resolve.
    /(?<detail>\bPackage alias (?<package>\S{1,100}) not found in project)\b/,
    /(?<detail>\bThe provided (?:package ID|alias or ID): \[(?<package>[^\]\n]{1,100})\] could not be resolved to (?:an alias|a valid package version ID)[^\n]{0,60})/,
    /(?<detail>\bInvalid alias or ID: (?<package>\S{1,100}?)\. Either your alias is invalid or undefined\b[^\n]{0,60})/,
    /(?<detail>\bThe id \[(?<package>[^\]\n]{1,100})\] is invalid\. It must start with "0Ho"\.?)/,
    /(?<detail>\bThe provided package ID '(?<package>[^'\n]{1,100})' is invalid)\b/,
    /(?<detail>\bCan[’']t find package with id or alias: (?<package>\S{1,100}))/,
    /(?<detail>\bNo package (?:bundle )?version found with alias: (?<package>\S{1,100}))/
  ],
  explanation:
    'The packaging library checked the package version request against sfdx-project.json and refused it before Salesforce built anything: a versionNumber not in major.minor.patch.build form, an ancestor that does not fit the version, a dependency declared the wrong way, or a package alias, id or directory the project does not resolve.',
  remediation: [
    'Fix what the message names ({detail}) in the package directory entry of sfdx-project.json: `versionNumber` as major.minor.patch.build (the build a number or NEXT; LATEST and RELEASED only in dependencies), `ancestorVersion`/`ancestorId`, `dependencies` (each with `package` and `versionNumber`, or a 04t id).',
    'Check `packageAliases`: every alias the command or a dependency uses must map to its 0Ho (package) or 04t (version) id.',
    'List what the Dev Hub knows: `sf package list --target-dev-hub <hub>` and `sf package version list --packages <alias> --target-dev-hub <hub>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_dev2gp_config_file.htm'
  ],
  retryable: false
})
