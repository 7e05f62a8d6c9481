import rule from '../../../../src/classify/rules/unknown/deploy-job-not-in-cache.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // salesforcecli/plugin-source, messages/deployCommand.md (MissingDeployId)
      text: 'ERROR running force:source:deploy:report:  No deploy ID was provided or found in deploy history.',
      surface: 'cli'
    },
    {
      // sfdx force:source:deploy:report run without --jobid and without a deploy before it
      text: 'ERROR running force:source:deploy:report:  No async deployment job ID found.',
      surface: 'log'
    },
    {
      // plugin-deploy-retrieve's cache lookup, as a user pasted it with the id hidden
      text: 'Error (1): No job found for ID: <job-id-15-character>',
      captures: { jobId: '<job-id-15-character>' }
    },
    {
      // forcedotcom/cli: `sf project deploy report` in a later job than `deploy start`
      text: 'Error (NoMatchingJobIdError): No matching job found in cache for ID: 0Af5g00000AbCdE',
      captures: { jobId: '0Af5g00000AbCdE' }
    },
    { text: 'NoMatchingJobIdError: No matching job found in cache for ID: <deploy_id>' }
  ],
  negatives: [
    // A job the org does not know is a wrong id, not a missing cache.
    { text: 'INVALID_ID_FIELD: Invalid Id: 0Af5g00000AbCdE' },
    {
      text: 'The deploy operation is missing a job ID. Initialize an operation with an ID, or start a new job.'
    }
  ]
})
