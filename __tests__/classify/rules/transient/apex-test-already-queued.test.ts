import rule from '../../../../src/classify/rules/transient/apex-test-already-queued.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // AutoRABIT knowledge base, ARM common errors: enqueuing tests while earlier runs were queued
      text: 'This test is already in the execution queue'
    },
    {
      // The same refusal as the CLI prints it; the text is ours.
      text: 'Error (1): This test is already in the execution queue',
      surface: 'cli'
    }
  ],
  negatives: [{ text: 'Tests are in the execution queue: 3 queued, 1 processing', surface: 'cli' }]
})
