export const id = 305;
export const ids = [305];
export const modules = {

/***/ 49305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubRunSource: () => (/* binding */ createGitHubRunSource)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23916);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77094);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86856);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _acquire_read_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85079);
/* harmony import */ var _run_info_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13604);
/**
 * Everything the action asks GitHub: the run, its jobs, its artifact. Loaded only when a run has to
 * be fetched (a `logs-path` run never pays for Octokit or the artifact client). Octokit retries
 * transient errors and waits out rate limits.
 */








const MAX_RATE_LIMIT_RETRIES = 2;
/** Waits out GitHub's rate limits a couple of times, saying so, then gives up. */
function retryRateLimit(kind) {
    return (retryAfter, _options, _octokit, retryCount) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`GitHub ${kind} reached; retrying in ${retryAfter} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
    };
}
function createGitHubRunSource(settings) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(settings.token, {
        baseUrl: settings.apiUrl,
        throttle: {
            onRateLimit: retryRateLimit('rate limit'),
            onSecondaryRateLimit: retryRateLimit('secondary rate limit')
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A);
    const { owner, repo } = settings.repository;
    return {
        async describeRun(runId) {
            try {
                const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
                const run = (0,_run_info_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWorkflowRun */ .Q0)(data);
                return run ? (0,_run_info_js__WEBPACK_IMPORTED_MODULE_5__/* .runInfoOf */ .Xm)(run) : undefined;
            }
            catch (error) {
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not read run ${runId}: ${messageOf(error)}`);
                return undefined;
            }
        },
        async failedStep(runId, attempt) {
            try {
                const jobs = attempt
                    ? await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
                        owner,
                        repo,
                        run_id: runId,
                        attempt_number: attempt,
                        per_page: 100
                    })
                    : await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
                        owner,
                        repo,
                        run_id: runId,
                        filter: 'latest',
                        per_page: 100
                    });
                const job = jobs.find(candidate => candidate.conclusion === 'failure');
                const step = job?.steps?.find(candidate => candidate.conclusion === 'failure');
                return { ...(job ? { job: job.name } : {}), ...(step ? { step: step.name } : {}) };
            }
            catch (error) {
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not list the jobs of run ${runId}: ${messageOf(error)}`);
                return {};
            }
        },
        async fetchArtifact(runId, artifactName, limits) {
            let artifacts;
            try {
                artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
                    owner,
                    repo,
                    run_id: runId,
                    per_page: 100
                });
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 403 || status === 404) {
                    return {
                        files: [],
                        unreadable: [],
                        problem: { kind: 'forbidden', what: `list the artifacts of run ${runId}`, status }
                    };
                }
                throw error;
            }
            // Re-runs upload again under the same name: the newest (highest id) is the one that failed last.
            const named = artifacts.filter(artifact => artifact.name === artifactName).sort((a, b) => b.id - a.id);
            const artifact = named.find(candidate => !candidate.expired) ?? named[0];
            if (!artifact) {
                const otherArtifacts = [...new Set(artifacts.map(other => other.name))];
                return {
                    files: [],
                    unreadable: [],
                    problem: { kind: 'artifact-missing', artifactName, runId, otherArtifacts }
                };
            }
            if (artifact.expired) {
                return {
                    files: [],
                    unreadable: [],
                    problem: {
                        kind: 'artifact-expired',
                        artifactName,
                        runId,
                        ...(artifact.expires_at ? { expiredAt: artifact.expires_at } : {})
                    }
                };
            }
            return download(settings, runId, artifact.id, artifactName, limits);
        }
    };
}
/**
 * The zip is saved as it is (`skipDecompress`) and read by our own capped reader: the toolkit's
 * extractor has no limits on size or entry count, and the artifact may come from a fork.
 */
async function download(settings, runId, artifactId, artifactName, limits) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(settings.downloadDir, { recursive: true });
    try {
        await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().downloadArtifact(artifactId, {
            path: settings.downloadDir,
            skipDecompress: true,
            findBy: {
                token: settings.token,
                workflowRunId: runId,
                repositoryOwner: settings.repository.owner,
                repositoryName: settings.repository.repo
            }
        });
    }
    catch (error) {
        if (statusOf(error) === 410 || /\b410\b/.test(messageOf(error))) {
            return { files: [], unreadable: [], problem: { kind: 'artifact-expired', artifactName, runId } };
        }
        return {
            files: [],
            unreadable: [],
            problem: { kind: 'download-failed', artifactName, message: messageOf(error) }
        };
    }
    const { files, unreadable } = await (0,_acquire_read_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)([settings.downloadDir], limits);
    // The folder holds one zip; report paths inside it, as the deploy workflow named them.
    const insideZip = (path) => path.split('/').slice(1).join('/') || path;
    return {
        files: files.map(file => ({ ...file, path: insideZip(file.path) })),
        unreadable: unreadable.map(record => ({ ...record, path: insideZip(record.path) }))
    };
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};

//# sourceMappingURL=305.index.js.map