import rule from '../../../../src/classify/rules/metadata/package-upgrade-not-allowed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // CumulusCI install of an unlocked package from another ancestry
      text: 'ERROR: Encountered errors installing the package!,Installation errors: 1) Invalid Upgrade., Details: The currently installed version does not share a common ancestor with this version.'
    },
    {
      // installing over a beta
      text: 'Error Type = IneligibleUpgrade Title = Cannot upgrade beta package Message = You cannot upgrade a beta package, because developers can make incompatible changes to a package that has been released as a beta.'
    }
  ],
  negatives: [
    {
      text: "The ancestor package version [1.17.0] specified in the sfdx-project.json file hasn't been promoted and released."
    }
  ]
})
