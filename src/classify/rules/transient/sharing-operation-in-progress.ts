import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'sharing-operation-in-progress',
  category: 'transient',
  title: 'A sharing recalculation or group membership operation was already running',
  surfaces: ['component', 'cli', 'log', 'test'],
  patterns: [
    /interferes with another operation already in progress/,
    // The same refusal in a French-language org.
    /\bLe calcul de partage demandé ne peut être traité maintenant car il interfère avec une autre opération en cours\b/,
    /sharing (?:rule )?(?:re)?calculation[^\n]{0,80}in progress/i,
    /(?:sharing|group membership) operation already in progress/i,
    /You can only assign users to permission set groups that have the "Updated" status/
  ],
  explanation:
    'Changes to sharing rules, org-wide defaults, roles or groups start a background sharing recalculation. While it runs, the platform refuses other changes that affect sharing, so the deploy was turned away rather than broken.',
  remediation: [
    'Wait for the recalculation to finish (Setup > Background Jobs) and rerun the deploy.',
    'Avoid deploying sharing changes while large data loads or role changes are running; deploy sharing changes on their own if they keep colliding.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'],
  retryable: true
})
