import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'http-rate-limited',
  category: 'transient',
  title: 'A server turned the request away for now: too many requests (HTTP 429)',
  surfaces: ['cli', 'log'],
  patterns: [
    // HTTP clients' own words for a 429 answer: got (the CLI's downloads and plugin installs), axios.
    /\b(?:Response code|Request failed with status code) (?<status>429)\b/,
    /\b(?<status>429) Too Many Requests\b/
  ],
  explanation:
    'A server the job called (the npm registry or GitHub while the CLI or a plugin installs, or an API in front of the org) rate-limited the runner: too many requests in a short time, often from many jobs sharing one address. Nothing is wrong with the deployment, and the limit lifts after a short wait.',
  remediation: [
    'Rerun the job after a few minutes, or retry the step with a back-off.',
    'If it recurs, cache the CLI and its plugins between runs (or install them from a pinned version in an image) instead of downloading them on every job.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm'],
  retryable: true
})
