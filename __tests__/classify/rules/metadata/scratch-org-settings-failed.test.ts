import rule from '../../../../src/classify/rules/metadata/scratch-org-settings-failed.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // The same Japanese refusal without the space before は; the text is ours.
      text: 'B2BAuraTemplateEnabledは有効な機能値ではありません。',
      surface: 'cli',
      captures: { feature: 'B2BAuraTemplateEnabled' }
    },
    {
      // forcedotcom/commerce-on-lightning issue 160: a Japanese-locale Dev Hub refusing a feature
      text: 'B2BAuraTemplateEnabled は有効な機能値ではありません。',
      surface: 'cli',
      captures: { feature: 'B2BAuraTemplateEnabled' }
    },
    {
      // a scratch-org definition naming a feature the org shape does not know
      text: 'INVALID_INPUT: ExpandedSourceTracking is not a valid Features value.',
      surface: 'cli',
      captures: { feature: 'ExpandedSourceTracking' }
    },
    {
      // forcedotcom/cli issue, force:org:create
      text: 'ERROR running force:org:create: The feature value FieldService requires a quantity.',
      captures: { feature: 'FieldService' }
    },
    {
      // sf org create scratch failure in a forcedotcom/cli issue
      text: 'Failed to deploy settings to scratch org.'
    },
    {
      text: 'Error (1): Failed to deploy settings to scratch org.',
      surface: 'log'
    },
    {
      // sf org create scratch with "AdditionalFieldHistory:100" in the definition's features
      text: 'INVALID_INPUT: 100 is not a valid quantity for the Features value AdditionalFieldHistory.',
      captures: { feature: 'AdditionalFieldHistory' }
    }
  ],
  negatives: [
    // a definition the sign-up refused, named by scratch-org-definition-invalid
    { text: 'Required fields are missing from org creation: [LastName]' },
    {
      text: 'Deployed settings to scratch org'
    }
  ]
})
