import rule from '../../../../src/classify/rules/metadata/sharing-model-conflict.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#1760
      text: 'Cannot set sharingModel to ControlledByParent on a CustomObject without a MasterDetail relationship field',
      captures: { sharingModel: 'ControlledByParent' }
    },
    {
      // Gearset article on Role deploys
      text: 'field integrity exception: unknown - (Edit Access level below organization default)'
    }
  ],
  negatives: [{ text: 'sharing operation already in progress' }, { text: 'Cannot set up the sandbox' }]
})
