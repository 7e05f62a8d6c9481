/** What a report knows about the run it describes; every field is optional (the CLI knows none). */
export interface RunContext {
  workflow?: string
  runNumber?: number
  runUrl?: string
  branch?: string
  sha?: string
  actor?: string
  failedJob?: string
  failedStep?: string
  /** `https://github.com/<owner>/<repo>`, to link files at `sha`. */
  repositoryUrl?: string
}

/**
 * The deploy result gives absolute runner paths (`/home/runner/work/app/app/force-app/…`,
 * `D:\a\app\app\force-app\…`). The part after the workspace is the repository path.
 */
export function repositoryPathOf(filePath: string): string | undefined {
  const posix = filePath.replace(/\\/g, '/')
  const workspace =
    /^(?:\/home\/runner\/work|\/Users\/runner\/work|[A-Za-z]:\/a|\/__w)\/[^/]+\/[^/]+\/(?<rest>.+)$/.exec(
      posix
    )
  if (workspace?.groups?.['rest']) return workspace.groups['rest']
  if (!posix.startsWith('/') && !/^[A-Za-z]:\//.test(posix) && !posix.includes('..')) return posix
  const packageDirectory = /\/(?<rest>(?:force-app|src|packages?)\/.+)$/.exec(posix)
  return packageDirectory?.groups?.['rest']
}
