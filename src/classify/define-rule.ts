import type { Rule } from './rule.js'

/** Identity at runtime; at compile time it checks the literal against `Rule` and keeps it readonly. */
export function defineRule<const T extends Rule>(rule: T): T {
  return rule
}
