/**
 * How Salesforce and its tools say that something cannot be found. One source for the fallbacks that
 * read it: a component's problem (reference-missing-unrecognised), where a missing thing is almost
 * always something of the org's, and a CLI error, where it is as often a file, module or image of the
 * runner, or the org itself (target-org-missing-, runner-item-missing- and org-item-missing-unrecognised).
 * Errno names (ENOENT's "no such file", ESRCH's "No such process"), Go's DNS "no such host" and
 * Windows' "cannot find the path specified" are the runner's, never the org's. The CLI's messages
 * write their apostrophes either way ("doesn’t exist").
 */
export const MISSING_WORDING = String.raw`(?:not found|wasn[’']t found|weren[’']t found|does not exist|doesn[’']t exist|do not exist|no such(?! (?:file|process|device|host)\b)|cannot find(?! the (?:path|file) specified)|can[’']t find|couldn[’']t find|could not find|unable to find|could not resolve|cannot be resolved|can[’']t be resolved|cannot be found|can[’']t be found|could not be found|invalid reference)`

/** Up to 80 characters of one sentence, between the wording and the thing said to be missing. */
export const SAME_SENTENCE = String.raw`[^.\n]{0,80}?`
