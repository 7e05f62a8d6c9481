/**
 * A fake GitHub REST API on 127.0.0.1 with the routes the action uses, answering as GitHub documents:
 * run artifacts (with `expired`), the artifact download as a 302 to a blob URL serving the zip (or 410
 * when expired), the run and its jobs. Every request is recorded for assertions.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeArtifact {
  id: number
  name: string
  expired?: boolean
  zip?: Buffer
  /** Serve 410 Gone on download even though the listing says it is not expired (a race). */
  gone?: boolean
}

export interface FakeRepo {
  owner: string
  repo: string
  runId: number
  artifacts: FakeArtifact[]
  /** Status for the artifact listing, to simulate a token without `actions: read`. */
  listStatus?: number
  jobs: { name: string; conclusion: string; steps: { name: string; conclusion: string | null }[] }[]
}

export interface FakeGitHub {
  url: string
  requests: string[]
  close(): Promise<void>
}

export async function startFakeGitHub(repo: FakeRepo): Promise<FakeGitHub> {
  const requests: string[] = []
  let baseUrl = ''
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(`${request.method} ${url.pathname}${url.search}`)
    const prefix = `/repos/${repo.owner}/${repo.repo}/actions`
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(body))
    }
    if (url.pathname === `${prefix}/runs/${repo.runId}/artifacts`) {
      if (repo.listStatus)
        return json(repo.listStatus, {
          message: 'Resource not accessible by integration',
          status: String(repo.listStatus)
        })
      const named = url.searchParams.get('name')
      const artifacts = repo.artifacts
        .filter(artifact => !named || artifact.name === named)
        .map(artifact => ({
          id: artifact.id,
          node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
          name: artifact.name,
          size_in_bytes: artifact.zip?.length ?? 0,
          url: `${baseUrl}${prefix}/artifacts/${artifact.id}`,
          archive_download_url: `${baseUrl}${prefix}/artifacts/${artifact.id}/zip`,
          expired: artifact.expired ?? false,
          created_at: '2026-08-01T10:00:00Z',
          expires_at: '2026-10-30T10:00:00Z',
          updated_at: '2026-08-01T10:00:00Z',
          digest: null,
          workflow_run: {
            id: repo.runId,
            repository_id: 1,
            head_repository_id: 1,
            head_branch: 'main',
            head_sha: 'c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe'
          }
        }))
      return json(200, { total_count: artifacts.length, artifacts })
    }
    const download = new RegExp(`^${prefix}/artifacts/(\\d+)/zip$`).exec(url.pathname)
    if (download) {
      const artifact = repo.artifacts.find(candidate => candidate.id === Number(download[1]))
      if (!artifact) return json(404, { message: 'Not Found' })
      if (artifact.expired || artifact.gone) return json(410, { message: 'Artifact has expired' })
      response.writeHead(302, { location: `${baseUrl}/blob/${artifact.id}/${artifact.name}.zip?sig=secret` })
      return response.end()
    }
    const blob = /^\/blob\/(\d+)\//.exec(url.pathname)
    if (blob) {
      const artifact = repo.artifacts.find(candidate => candidate.id === Number(blob[1]))
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename=${artifact?.name}.zip; filename*=UTF-8''${artifact?.name}.zip`
      })
      return response.end(artifact?.zip ?? Buffer.alloc(0))
    }
    if (
      url.pathname === `${prefix}/runs/${repo.runId}/jobs` ||
      url.pathname === `${prefix}/runs/${repo.runId}/attempts/1/jobs`
    ) {
      const jobs = repo.jobs.map((job, index) => ({
        id: 100 + index,
        run_id: repo.runId,
        status: 'completed',
        ...job,
        steps: job.steps.map((step, number) => ({ ...step, number: number + 1, status: 'completed' }))
      }))
      return json(200, { total_count: jobs.length, jobs })
    }
    if (url.pathname === `${prefix}/runs/${repo.runId}`) {
      return json(200, {
        id: repo.runId,
        name: 'Production Deploy',
        run_number: 87,
        run_attempt: 1,
        head_branch: 'main',
        head_sha: 'c0ffee1c0ffee1c0ffee1c0ffee1c0ffee1c0ffe',
        html_url: `https://github.com/${repo.owner}/${repo.repo}/actions/runs/${repo.runId}`,
        conclusion: 'failure',
        actor: { login: 'dana-dev' },
        repository: { id: 1, html_url: `https://github.com/${repo.owner}/${repo.repo}` },
        head_repository: { id: 1 }
      })
    }
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: baseUrl,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}
