import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-method-missing',
  category: 'dependency',
  title: 'The installed {namespace} package has no method {method} on {type}',
  surfaces: ['component', 'test', 'cli', 'log'],
  patterns: [
    // A lowercase prefix of at most 15 characters (a namespace's length) before the type is read as a
    // managed package ("dlrs.RollupService"). The compiler echoes the source's casing, so the platform's
    // namespaces are excluded by name; an own outer class written in lower case (`myclass.Inner`) is the
    // ambiguity left, and PascalCase inner classes stay with apex-method-signature-mismatch.
    /\bMethod does not exist or incorrect signature: (?:[\w.<>,[\]]+ )?(?<method>\w+)\([^)\n]*\) from the type (?!(?:system|schema|database|messaging|auth|connectapi|dom|flow|reports|search|site|cache|json|http|apexpages|process|approval|invocable|commercepayments|slack)\.)(?<namespace>[a-z][a-z0-9_]{0,14})\.(?<type>[A-Z]\w*)/
  ],
  explanation:
    'The code calls {method} on {namespace}.{type}, a class of the managed package {namespace}, and the version of that package installed in the target org has no global method with that name and those parameters: the code was written against a newer version, or against a method the package does not expose.',
  remediation: [
    'Compare the installed version (Setup > Installed Packages) with the one the code was developed against, and upgrade the package in the target org first.',
    'Declare that version as a dependency (`dependencies` in sfdx-project.json for a package, or your environment setup) so every org gets it before this code.',
    "If the method is not global in any version, call the package's documented global API instead."
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_access_modifiers.htm'
  ],
  retryable: false
})
