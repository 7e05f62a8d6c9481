import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'package-kind-incompatible',
  category: 'metadata',
  title: 'The kind of package does not fit the org or its dependencies',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /\bYou cannot install an? (?:unlocked|managed|unmanaged) package (?:with|without) a namespace into an org (?:with|without) a namespace\b/i,
    /\bManaged 1GP packages can[’']t depend on managed 2GP packages\b/i,
    /\bassociated with metadata from a managed 2GP package\b/i
  ],
  explanation:
    'Packages only combine in certain ways: an unlocked package without a namespace cannot go into an org that has one, and a first-generation managed package cannot contain or depend on metadata of a second-generation one. The package definition, not the org, has to change.',
  remediation: [
    'Read which rule the message names and change the package to fit it: give the package the namespace the org needs, or install into an org without a namespace.',
    'For 1GP/2GP mixing, move the component out of the 1GP package or package it in a 2GP package on the same side of the dependency.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_dev2gp_plan_namespaces.htm'
  ],
  retryable: false
})
