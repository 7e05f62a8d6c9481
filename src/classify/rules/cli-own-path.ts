/**
 * Where the CLI keeps its own files: the global install (`…/node_modules/@salesforce/cli/…`, sfdx's
 * `…/node_modules/sfdx-cli/…`) and the home folder's data (`~/.sf`, `~/.sfdx`, `~/.local/share/sf`,
 * `AppData\Local\sf`); a project's own `.sf`, `.sfdx` or node_modules is not among them. One source for
 * the rule that claims a missing file there (cli-own-file-missing) and the one that must leave it alone
 * (sfdx-project-invalid), so the two cannot drift apart.
 */
export const CLI_OWN_PATH = String.raw`(?:node_modules[\\/](?:sfdx-cli|@salesforce[\\/]cli)[\\/]|[\\/](?:root|home[\\/][^\\/'\n]+|Users[\\/][^\\/'\n]+)[\\/](?:\.sf(?:dx)?|\.local[\\/]share[\\/]sf(?:dx)?|AppData[\\/]Local[\\/]sf(?:dx)?)[\\/])`
