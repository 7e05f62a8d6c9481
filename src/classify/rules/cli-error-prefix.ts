/**
 * What the CLI prints in front of an error's own words: `Error (1): ` (sf), `ERROR running force:x:y:  `
 * (sfdx), or nothing. For patterns that claim a message only when the error is the whole of it, so
 * the same words inside a record's or a test's failure stay with their own rules. One source for every
 * such pattern, so the CLI generations they accept cannot drift apart.
 */
export const CLI_ERROR_PREFIX = String.raw`(?:Error(?: \(\d+\))?:\s*|ERROR running [\w:]+:\s*)?`
