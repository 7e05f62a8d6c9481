import type { Rule } from '../../rule.js'
/** Rules of this family, in evaluation order: specific before general. */
export const testRules: readonly Rule[] = []
