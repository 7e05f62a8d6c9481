import rule from '../../../../src/classify/rules/metadata/package-kind-incompatible.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // unlocked package install into a namespaced dev org
      text: 'You cannot install an unlocked package without a namespace into an org with a namespace.',
      surface: 'cli'
    },
    {
      // 1GP package version upload referring to a 2GP package's component
      text: 'Can’t add component xyz because it’s associated with metadata from a managed 2GP package. Managed 1GP packages can’t depend on managed 2GP packages.',
      surface: 'cli'
    }
  ],
  negatives: [
    // an upgrade path problem, named by its own rule
    {
      text: 'Invalid Upgrade. The currently installed version does not share a common ancestor with this version.',
      surface: 'cli'
    },
    { text: 'Package Foo is not installed', surface: 'cli' }
  ]
})
