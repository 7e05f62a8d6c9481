import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'flow-coverage-below-required',
  category: 'coverage',
  title: 'Flow test coverage is {percent}%, below the required {required}%',
  surfaces: ['coverage', 'cli', 'log', 'component'],
  patterns: [
    /Test coverage of active processes and autolaunched flows is (?<percent>\d+(?:\.\d+)?)%, but at least (?<required>\d+)% is required/
  ],
  explanation:
    'The org deploys processes and flows as active, which requires Apex tests to run the active processes and autolaunched flows in the deployment to the configured coverage percentage.',
  remediation: [
    'Add Apex tests whose DML starts the deployed record-triggered flows and processes, or call autolaunched flows with `Flow.Interview`.',
    'Alternatively deploy the flows inactive, or review the "Deploy processes and flows as active" setting (Setup > Process Automation Settings).'
  ],
  docs: ['https://help.salesforce.com/apex/HTViewHelpDoc?id=platform.flow_distribute_deploy_active.htm'],
  retryable: false
})
