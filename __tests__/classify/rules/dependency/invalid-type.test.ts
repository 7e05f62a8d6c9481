import rule from '../../../../src/classify/rules/dependency/invalid-type.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // apex-enterprise-patterns/fflib-apex-common#29: class not in the package.
      text: 'Invalid type: fflib_ApexMocks',
      captures: { type: 'fflib_ApexMocks' }
    },
    {
      // UnofficialSF/LightningFlowComponents#1085: Territory Management 2.0 off.
      text: 'Invalid type: Schema.ObjectTerritory2Association',
      captures: { type: 'Schema.ObjectTerritory2Association' }
    },
    {
      // salesforcecli/plugin-deploy-retrieve#938: CLI table with line:column suffix.
      text: 'Invalid type: ContentVersion2 (9:45)',
      captures: { type: 'ContentVersion2' }
    },
    {
      // A test class that failed to compile, on the test surface.
      text: 'line 18, column 44: Invalid type: InteractionSummary',
      surface: 'test',
      captures: { type: 'InteractionSummary' }
    }
  ],
  negatives: [
    { text: 'Invalid type: Log__Share' },
    { text: 'Illegal assignment from Map to Map' },
    { text: 'Invalid bind expression type of Date for column of type String' }
  ]
})
