import dependentClassInvalid from './dependent-class-invalid.js'

/** Cascades run first: they unwrap the message that names the real cause. */
export const cascadeRules = [dependentClassInvalid]
