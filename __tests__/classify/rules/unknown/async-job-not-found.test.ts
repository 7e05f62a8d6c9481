import rule from '../../../../src/classify/rules/unknown/async-job-not-found.js'
import { describeRule } from '../rule-cases.js'

// Every positive is a sentence from the CLI's message files, with its id filled with an example.
describeRule(rule, {
  positives: [
    {
      // salesforcecli/plugin-data, messages/data.bulk.results.md (error.invalidId)
      text: "Error (1): Can't find a bulk job with ID 7505g00000AbCdEAAZ.",
      surface: 'cli',
      captures: { jobId: '7505g00000AbCdEAAZ' }
    },
    {
      // salesforcecli/plugin-data, messages/bulk.status.md (NoBatchFound)
      text: 'Unable to find batch 7515g00000XyZaBAAV for job 7505g00000AbCdEAAZ.',
      surface: 'cli',
      captures: { jobId: '7505g00000AbCdEAAZ' }
    },
    {
      // salesforce-alm lib/messages, apexTestApiInvalidTestRunId
      text: 'ERROR running force:apex:test:report:  Test run job ID not found: 7075f00000Bc9XyAAJ',
      surface: 'cli',
      captures: { jobId: '7075f00000Bc9XyAAJ' }
    },
    {
      // forcedotcom/packaging, messages/subscriber_package_version.md (packageVersionInstallRequestNotFound)
      text: 'The provided package install request ID: [0Hf5f000001AbCdCAK] could not be found.',
      surface: 'cli',
      captures: { jobId: '0Hf5f000001AbCdCAK' }
    },
    {
      // forcedotcom/sfdx-core, messages/scratchOrgCreate.md (CacheMissError)
      text: 'The ScratchOrgInfoId 2SR5e000000XyZaGAK was not found in the cache.',
      surface: 'cli',
      captures: { jobId: '2SR5e000000XyZaGAK' }
    },
    // salesforcecli/plugin-agent, agentTestCache.ts
    { text: 'Could not find a runId to resume', surface: 'cli' }
  ],
  negatives: [
    // a field the bulk job's data names and the org lacks: a missing dependency (plugin-data)
    {
      text: 'Job failed to be processed due to:  InvalidBatch : Field name not found : Region__c',
      surface: 'cli'
    },
    // the deploy job's own rule
    { text: 'Error (1): No job found for ID: 0Af5g00000AbCdE', surface: 'cli' }
  ]
})
