import rule from '../../../../src/classify/rules/coverage/package-version-coverage.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // sfdx force:package:version:promote of a version built with --skipvalidation
      text: 'ERROR running force:package:version:promote: The code coverage required to promote this version has not been met. Please add additional test coverage and ensure the code coverage check passes during version creation.'
    },
    {
      // force:package:version:promote error (Trailblazer Q&A)
      text: "ERROR running force:package:version:promote:  Code coverage has not been run for this version.  Code coverage must be run during version creation and meet the minimum coverage requirement to promote the version.",
      surface: 'cli',
    },
    {
      // dxatscale/sfpowerscripts issue 1454
      text: "Error: There are classes that do not satisfy the minimum code coverage of 75%",
      surface: 'log',
      captures: {"required": "75"}
    },
  ],
  negatives: [
    { text: "Package version created with code coverage 82%", surface: 'log' },
  ]
})
