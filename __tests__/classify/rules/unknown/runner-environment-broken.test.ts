import rule from '../../../../src/classify/rules/unknown/runner-environment-broken.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // forcedotcom/cli#2564: `sf plugins install community` under a name the registry does not have
      text: 'Installing plugin community@latest... failed\n »   Error: @salesforce/plugin-community does not exist in the registry.',
      surface: 'cli',
      captures: { module: '@salesforce/plugin-community' }
    },
    {
      // vlocityinc/vlocity_build#725: the tool's bundled salesforce-alm on a runner with Node 23 or later
      text: '  Refreshing SFDX Session >> ci@example.com\n  {}  \n  SFDX Login Error >> TypeError: util.isNullOrUndefined is not a function\n    at Object.getMessage (/usr/local/lib/node_modules/vlocity/node_modules/salesforce-alm/dist/lib/messages.js:2100:22)',
      surface: 'cli',
      captures: { helper: 'isNullOrUndefined' }
    },
    {
      // sfdx-actions/setup-sfdx#12: the CLI's download moved, so its installer never arrived
      text: '/bin/sh: 1: ./sfdx/install: not found',
      surface: 'cli',
      captures: { command: './sfdx/install' }
    },
    {
      // forcedotcom/cli#1788: the CLI's bundled Node on an image with an older C library
      text: "/home/ubuntu/.local/share/sfdx/client/7.175.0-a62760c/bin/node: /lib/x86_64-linux-gnu/libc.so.6: version \nGLIBC_2.28' not found (required by /home/ubuntu/.local/share/sfdx/client/7.175.0-a62760c/bin/node)",
      surface: 'cli'
    },
    {
      // forcedotcom/cli#2654: the CLI's Node on an Alpine (musl) image
      text: '/app/sf/bin/sf: line 44: /app/sf/bin/node: cannot execute: required file not found',
      surface: 'cli'
    },
    {
      // forcedotcom/salesforcedx-docker#35: an image tag that was removed
      text: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/salesforce/salesforcedx:latest": failed to resolve reference "docker.io/salesforce/salesforcedx:latest": docker.io/salesforce/salesforcedx:latest: not found',
      surface: 'log'
    },
    {
      // forcedotcom/salesforcedx-actions#4
      text: 'manifest for salesforce/salesforcedx:latest not found: manifest unknown: manifest unknown',
      surface: 'cli',
      captures: { image: 'salesforce/salesforcedx:latest' }
    },
    { text: 'sf: command not found', surface: 'log', captures: { command: 'sf' } },
    {
      // forcedotcom/cli#599: a script's own module missing on the runner
      text: "Error: Cannot find module './tests'",
      surface: 'cli',
      captures: { module: './tests' }
    },
    {
      // salesforcecli/plugin-trust installing a misspelt plugin (the npm output in it is ours)
      text: 'ShellExecError: npm error code E404 npm error 404 Not Found - GET https://registry.npmjs.org/sfdx-git-delt - Not found',
      surface: 'cli'
    }
  ],
  negatives: [
    // Jest resolving a component's import: the component's dependency
    {
      text: "Cannot find module '@salesforce/apex/OrderController.getOrders' from 'orderList.js'",
      surface: 'log'
    },
    // Salesforce's own "not found" is about the org, not the runner.
    { text: 'Error (1): No authorization information found for ci-uat.', surface: 'cli' },
    { text: 'In field: field - no CustomField named Account.Region__c found', surface: 'cli' },
    // A project file the command was given is the project's, not the runner's.
    { text: 'Error (1): The specified path [force-app/main/default/classes] does not exist', surface: 'cli' }
  ]
})
