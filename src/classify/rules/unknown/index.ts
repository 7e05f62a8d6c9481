import type { Rule } from '../../rule.js'
import componentErrorsNotShown from './component-errors-not-shown.js'
import testSelectionMissing from './test-selection-missing.js'

/**
 * Failures whose cause the output does not carry, but whose next step is known: these rules name no
 * cause (category `unknown`) and say where the cause can be read.
 */
export const unknownRules: readonly Rule[] = [componentErrorsNotShown, testSelectionMissing]
