import rule from '../../../../src/classify/rules/metadata/package-version-definition-invalid.js'
import { describeRule } from '../rule-cases.js'

// Texts are the packaging library's own messages (forcedotcom/packaging, messages/package_version_create.md,
// package_version.md, version_number.md, package.md), with example values in their placeholders.
describeRule(rule, {
  positives: [
    {
      // deejay-hub/timeline-lwc#183: the sfdx toolbelt's wording of the same check, creating a scratch org
      text: "ERROR running force:org:create:  The ancestorId for ancestorVersion 1.9.0 can't be found. Package ID TimeWarp."
    },
    // salesforce-alm (the sfdx toolbelt), messages packaging.errorInvalidPatchNumber
    { text: "The provided VersionNumber '1.2.1.NEXT' is not supported. Provide a patch number of 0." },
    {
      text: "Error (ErrorInvalidBuildNumberForKeywordsError): The provided VersionNumber '2.4.0.NEXT' is invalid. Provide an integer value or use the keyword 'LATEST' or 'RELEASED' for the build number.",
      captures: { version: '2.4.0.NEXT' }
    },
    {
      text: 'VersionNumber must be in the format major.minor.patch.build but the value found is [1.4.0].'
    },
    { text: 'The VersionNumber property must be specified.', surface: 'log' },
    { text: 'Patch version node for version, 1.2.1.NEXT, must be 0 for a Locked package.' },
    { text: 'The given ancestorVersion (1.3) is not in the correct format' },
    {
      text: 'No matching ancestor version (1.2.0.1) found for the given ancestorId (04t5f000000VpAaAAK)'
    },
    { text: 'The given ancestor version (1.3.0.4) has not been released' },
    {
      text: 'Can’t create package version because you didn’t specify a package ancestor. Set the ancestor version to 1.3.0.2 and try creating the package version again.'
    },
    {
      text: 'Can’t create package version. Specifying an ancestor is available only for second-generation managed packages. Remove the ancestorId or ancestorVersion from your sfdx-project.json file, and then create the package version again.'
    },
    {
      text: 'You can’t have both "package" and "packageId" (deprecated) defined as dependencies in sfdx-project.json.'
    },
    {
      text: 'Dependency must specify either a subscriberPackageVersionId or both packageId and versionNumber: {"packageId":"0Ho5f000000KzAbCAK"}'
    },
    {
      text: 'Could not find a package in sfdx-project.json file using "path" force-app/payments. Add it to the packageDirectories section and add the alias to packageAliases with its 0Ho ID.'
    },
    {
      text: 'Un-packaged metadata directory unpackaged/test-setup was specified but does not exist.',
      captures: { path: 'unpackaged/test-setup' }
    },
    {
      text: 'While preparing package version create request, the calculated package.xml for the package does not contain a <Package><types> element.'
    },
    { text: 'Package alias acme-payments not found in project.', captures: { package: 'acme-payments' } },
    {
      text: 'The provided alias or ID: [acme-core@1.4.0-2] could not be resolved to a valid package version ID (05i) or subscriber package version ID (04t).',
      captures: { package: 'acme-core@1.4.0-2' }
    },
    {
      text: 'Invalid alias or ID: acme-core@1.4.0-2. Either your alias is invalid or undefined, or the ID (04t) provided is invalid.'
    },
    { text: 'The id [acme-core] is invalid. It must start with "0Ho".' },
    { text: "Can't find package with id or alias: acme-core" },
    { text: 'No package version found with alias: acme-core@1.4.0-2' }
  ],
  negatives: [
    // The version the dependency asks for is not in the Dev Hub: a missing dependency, not a bad definition.
    {
      text: "No version number was found in Dev Hub for package id 0Ho5f000000KzAbCAK and branch 'main' and version number 2.4.0.LATEST that resolved to build number 7."
    },
    // The same words inside an Apex test are that test's own story.
    {
      text: 'System.AssertException: Assertion Failed: Package alias acme-payments not found in project',
      surface: 'test' as const
    },
    {
      text: 'Successfully created the package version [08c5f000000XyZaAAK]. Package version 1.4.0.2 (04t5f000000VqXzAAK).'
    }
  ]
})
