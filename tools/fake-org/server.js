#!/usr/bin/env node
// Fake Salesforce org for exercising the REAL `sf` CLI offline.
// Plain node:http, no dependencies. Listens on 127.0.0.1 only.
//
// It answers just enough of the REST, Tooling and Metadata SOAP APIs for:
//   sf org login access-token --instance-url http://127.0.0.1:PORT
//   sf project deploy start --json [--test-level ...]
//   sf apex run test --json --wait N --code-coverage --result-format json --output-dir out
// and makes them report the failures chosen by the current scenario (see scenarios.js).
//
// Env:  PORT (default 6789)
//       FAKE_ORG_LOG (default ./requests.jsonl)  every request is appended here
//       DEPLOY_SCENARIO, TEST_SCENARIO           initial scenario names
// Control (not a Salesforce API):
//   GET /__fake/scenario?deploy=NAME&tests=NAME   switch scenarios at run time
//       &auth=ok|expired|notfound                 expired: 401 INVALID_SESSION_ID / SOAP fault; notfound: 404 everywhere
//       &restShape=array|object                   REST deploy only: send a lone componentFailure as a bare object
//   GET /__fake/state                             current scenarios + known names
'use strict'
const http = require('node:http')
const fs = require('node:fs')
const zlib = require('node:zlib')
const { URL } = require('node:url')
const S = require('./scenarios')

const PORT = Number(process.env.PORT || 6789)
const LOG = process.env.FAKE_ORG_LOG || 'requests.jsonl'
const MAX_API = process.env.FAKE_ORG_MAX_API || '64.0'

const ORG_ID = '00DFAKE0000001AAAA'
const USER_ID = '005FAKE0000001AAAA'
const USERNAME = 'ci@fake-org.example'

const state = {
  deployScenario: process.env.DEPLOY_SCENARIO || 'one-failure',
  testScenario: process.env.TEST_SCENARIO || 'failures-low-coverage',
  auth: process.env.AUTH_MODE || 'ok', // 'ok' | 'expired'
  deploys: new Map(), // id -> { polls, components, options }
  seq: 0
}

// ---------------------------------------------------------------- helpers
const nowIso = () =>
  new Date()
    .toISOString()
    .replace('Z', '+0000')
    .replace(/\.\d+\+/, '.000+')
function nextId(prefix) {
  state.seq += 1
  const n = String(state.seq).padStart(15 - prefix.length - 4, '0')
  return `${prefix}FAKE${n}`.slice(0, 15) + 'AAA'
}
function log(entry) {
  fs.appendFileSync(LOG, JSON.stringify(entry) + '\n')
}
function sendJson(res, status, obj) {
  const body = JSON.stringify(obj)
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' })
  res.end(body)
  return body
}
function sendXml(res, status, xml) {
  res.writeHead(status, { 'content-type': 'text/xml;charset=UTF-8' })
  res.end(xml)
  return xml
}
const notFound = res =>
  sendJson(res, 404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }])
const esc = s =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// object -> XML elements; arrays repeat the element (as the real SOAP API does)
function toXml(name, v) {
  if (v === undefined) return ''
  if (Array.isArray(v)) return v.map(x => toXml(name, x)).join('')
  if (v === null) return `<${name} xsi:nil="true"/>`
  if (typeof v === 'object') {
    return `<${name}>${Object.entries(v)
      .map(([k, x]) => toXml(k, x))
      .join('')}</${name}>`
  }
  return `<${name}>${esc(v)}</${name}>`
}
function soapEnvelope(inner) {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"' +
    ' xmlns="http://soap.sforce.com/2006/04/metadata"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`
  )
}
function soapFault(res, code, msg) {
  return sendXml(
    res,
    500,
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="http://soap.sforce.com/2006/04/metadata">' +
      `<soapenv:Body><soapenv:Fault><faultcode>sf:${code}</faultcode><faultstring>${esc(msg)}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
  )
}
const tag = (xml, name) => {
  const m = xml.match(new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`))
  return m ? m[1] : undefined
}

// Minimal zip reader: list entry names (central directory) and inflate package.xml.
function readZip(buf) {
  const entries = []
  let eocd = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return entries
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) break
    const method = buf.readUInt16LE(p + 10)
    const csize = buf.readUInt32LE(p + 20)
    const nlen = buf.readUInt16LE(p + 28),
      xlen = buf.readUInt16LE(p + 30),
      clen = buf.readUInt16LE(p + 32)
    const lho = buf.readUInt32LE(p + 42)
    const name = buf.slice(p + 46, p + 46 + nlen).toString('utf8')
    entries.push({ name, method, csize, lho })
    p += 46 + nlen + xlen + clen
  }
  for (const e of entries) {
    e.read = () => {
      const n = buf.readUInt16LE(e.lho + 26),
        x = buf.readUInt16LE(e.lho + 28)
      const data = buf.slice(e.lho + 30 + n + x, e.lho + 30 + n + x + e.csize)
      return e.method === 8 ? zlib.inflateRawSync(data) : data
    }
  }
  return entries
}

const FOLDER_TYPES = {
  classes: ['ApexClass', '.cls'],
  triggers: ['ApexTrigger', '.trigger'],
  pages: ['ApexPage', '.page'],
  components: ['ApexComponent', '.component'],
  objects: ['CustomObject', '.object'],
  lwc: ['LightningComponentBundle', null],
  aura: ['AuraDefinitionBundle', null],
  flows: ['Flow', '.flow'],
  layouts: ['Layout', '.layout'],
  permissionsets: ['PermissionSet', '.permissionset'],
  staticresources: ['StaticResource', '.resource'],
  labels: ['CustomLabels', '.labels']
}
// Components in the deploy zip: [{ type, fullName, fileName }]
function componentsFromZip(b64) {
  const entries = readZip(Buffer.from(b64, 'base64')).filter(e => !e.name.endsWith('/'))
  const pkg = entries.find(e => /(^|\/)package\.xml$/.test(e.name))
  const root = pkg ? pkg.name.replace(/package\.xml$/, '') : ''
  const seen = new Map()
  for (const e of entries) {
    const rel = e.name.slice(root.length)
    if (rel === 'package.xml' || (rel.endsWith('-meta.xml') && !rel.split('/')[1]?.includes('.'))) continue
    const parts = rel.split('/')
    const [type, ext] = FOLDER_TYPES[parts[0]] || [parts[0], null]
    let fullName
    let fileName = rel
    if (ext === null && parts.length > 2) {
      fullName = parts[1]
      fileName = `${parts[0]}/${parts[1]}`
    } else {
      fullName = parts[parts.length - 1].replace(/-meta\.xml$/, '').replace(/\.[^.]+$/, '')
    }
    if (rel.endsWith('-meta.xml') && ext !== null && ext && !rel.endsWith(`${ext}-meta.xml`)) continue
    if (rel.endsWith('-meta.xml') && ext) continue // metadata sidecar of a class etc.
    const key = `${type}#${fullName}`
    if (!seen.has(key)) seen.set(key, { type, fullName, fileName })
  }
  return {
    components: [...seen.values()],
    files: entries.map(e => e.name),
    packageXml: pkg ? pkg.read().toString('utf8') : null
  }
}

// ---------------------------------------------------------------- Metadata API (SOAP)
function deployMessage(c, extra, created) {
  return {
    changed: extra ? false : true,
    ...(extra && extra.columnNumber !== undefined ? { columnNumber: extra.columnNumber } : {}),
    componentType: c.type,
    created: extra ? false : created,
    createdDate: nowIso(),
    deleted: false,
    fileName: c.fileName,
    fullName: c.fullName,
    ...(extra ? {} : { id: c.id }),
    ...(extra && extra.lineNumber !== undefined ? { lineNumber: extra.lineNumber } : {}),
    ...(extra ? { problem: extra.problem, problemType: extra.problemType || 'Error' } : {}),
    success: !extra
  }
}

function buildDeployResult(d, done, testsPhase) {
  const sc = S.deploy[d.scenario]
  const base = {
    checkOnly: !!d.options.checkOnly,
    createdBy: USER_ID,
    createdByName: 'CI User',
    createdDate: d.created,
    done,
    id: d.id,
    ignoreWarnings: !!d.options.ignoreWarnings,
    lastModifiedDate: nowIso(),
    rollbackOnError: d.options.rollbackOnError !== 'false',
    runTestsEnabled: !!(d.options.testLevel && d.options.testLevel !== 'NoTestRun'),
    startDate: d.created
  }
  if (!done && !testsPhase) {
    return {
      ...base,
      numberComponentErrors: 0,
      numberComponentsDeployed: 0,
      numberComponentsTotal: d.components.length + 1,
      numberTestErrors: 0,
      numberTestsCompleted: 0,
      numberTestsTotal: 0,
      status: 'InProgress',
      success: false,
      stateDetail: 'Processing Type: ApexClass'
    }
  }
  if (!done && testsPhase) {
    // components are in, tests are running: a real org already reports failed tests here
    const rtr = sc.runTestResult
    return {
      ...base,
      details: {
        componentSuccesses: d.components.map(c => deployMessage(c, null, true)),
        runTestResult: { ...rtr, successes: [], codeCoverage: [], codeCoverageWarnings: [] }
      },
      numberComponentErrors: 0,
      numberComponentsDeployed: d.components.length + 1,
      numberComponentsTotal: d.components.length + 1,
      numberTestErrors: rtr.numFailures,
      numberTestsCompleted: rtr.numTestsRun - rtr.numFailures,
      numberTestsTotal: rtr.numTestsRun,
      status: 'InProgress',
      success: false,
      stateDetail: 'Running Test: FooTest.addsNumbers'
    }
  }
  const failures = []
  const successes = []
  for (const c of d.components) {
    const errs = (sc.componentFailures || []).filter(
      f => f.fullName === c.fullName && (!f.type || f.type === c.type)
    )
    if (errs.length) errs.forEach(e => failures.push(deployMessage(c, e)))
    else successes.push(deployMessage(c, null, true))
  }
  // failures that name components not in the zip are still reported (like an org-side dependency error)
  for (const f of sc.componentFailures || []) {
    if (!d.components.some(c => c.fullName === f.fullName && (!f.type || f.type === c.type))) {
      failures.push(
        deployMessage(
          {
            type: f.type || 'ApexClass',
            fullName: f.fullName,
            fileName: f.fileName || `classes/${f.fullName}.cls`
          },
          f
        )
      )
    }
  }
  successes.push({
    changed: true,
    componentType: '',
    created: false,
    createdDate: nowIso(),
    deleted: false,
    fileName: 'package.xml',
    fullName: 'package.xml',
    success: true
  })

  const runTests = base.runTestsEnabled && sc.runTestResult ? sc.runTestResult : null
  const rtr = runTests ? runTests : { numFailures: 0, numTestsRun: 0, totalTime: 0.0 }
  const testErrors = runTests ? rtr.numFailures : 0
  const testsRun = runTests ? rtr.numTestsRun : 0
  const coverageFail = runTests && sc.coverageFails
  const ok = failures.length === 0 && testErrors === 0 && !coverageFail && !sc.errorMessage
  // --ignore-errors sends rollbackOnError=false: keep what compiled
  const partial =
    !ok &&
    !base.rollbackOnError &&
    failures.length > 0 &&
    testErrors === 0 &&
    !coverageFail &&
    !sc.errorMessage
  const details = { componentFailures: failures, componentSuccesses: successes, runTestResult: rtr }
  if (!failures.length) delete details.componentFailures
  return {
    ...base,
    completedDate: nowIso(),
    details,
    ...(sc.errorMessage
      ? { errorMessage: sc.errorMessage, errorStatusCode: sc.errorStatusCode || 'UNKNOWN_EXCEPTION' }
      : {}),
    numberComponentErrors: failures.length,
    numberComponentsDeployed: successes.length,
    numberComponentsTotal: d.components.length + 1,
    numberTestErrors: testErrors,
    numberTestsCompleted: testsRun - testErrors,
    numberTestsTotal: testsRun,
    status: ok ? 'Succeeded' : partial ? 'SucceededPartial' : 'Failed',
    success: ok || partial
  }
}

function createDeploy(zipB64, options, api) {
  const z = componentsFromZip(zipB64)
  const id = nextId('0Af')
  z.components.forEach((c, i) => {
    c.id = `01pFAKE${String(i + 1).padStart(8, '0')}AAA`
  })
  state.deploys.set(id, {
    id,
    polls: 0,
    components: z.components,
    options,
    scenario: state.deployScenario,
    created: nowIso(),
    api
  })
  log({
    note: 'deploy received',
    api,
    id,
    options,
    scenario: state.deployScenario,
    zipFiles: z.files,
    packageXml: z.packageXml
  })
  return id
}
function nextDeployStatus(d) {
  d.polls += 1
  const sc = S.deploy[d.scenario]
  const pending = Number(process.env.FAKE_ORG_DEPLOY_PENDING_POLLS || 1)
  const withTests = !!(sc.runTestResult && d.options.testLevel && d.options.testLevel !== 'NoTestRun')
  const done = !sc.neverFinishes && d.polls > pending + (withTests ? 1 : 0)
  const testsPhase = !done && withTests && d.polls > pending
  // a finished deploy keeps its result: later checks (e.g. `sf project deploy report`) see the same dates and details
  if (done) {
    if (!d.final) d.final = buildDeployResult(d, true, false)
    return structuredClone(d.final)
  }
  return buildDeployResult(d, done, testsPhase)
}

// Metadata REST API: POST /services/data/vXX/metadata/deployRequest (multipart: file + entity_content)
function handleRestDeploy(req, res, raw) {
  const ct = req.headers['content-type'] || ''
  const boundary = (ct.match(/boundary=("?)([^";]+)\1/) || [])[2]
  if (!boundary)
    return sendJson(res, 400, [{ errorCode: 'INVALID_MULTIPART_REQUEST', message: 'no boundary' }])
  const text = raw.toString('latin1')
  const parts = text.split(`--${boundary}`).slice(1, -1)
  let zip = '',
    options = {}
  for (const part of parts) {
    const i = part.indexOf('\r\n\r\n')
    const head = part.slice(0, i)
    const content = part.slice(i + 4, part.length - 2) // strip trailing CRLF
    if (/application\/zip/i.test(head)) zip = Buffer.from(content, 'latin1').toString('base64')
    else if (/entity_content/.test(head))
      options = JSON.parse(Buffer.from(content, 'latin1').toString('utf8')).deployOptions || {}
  }
  for (const k of Object.keys(options)) if (typeof options[k] === 'boolean') options[k] = String(options[k])
  options.checkOnly = options.checkOnly === 'true'
  options.ignoreWarnings = options.ignoreWarnings === 'true'
  const id = createDeploy(zip, options, 'REST')
  return sendJson(res, 201, {
    id,
    url: `/services/data/v${MAX_API}/metadata/deployRequest/${id}`,
    deployOptions: options,
    deployResult: {
      id,
      done: false,
      status: 'Pending',
      success: false,
      checkOnly: options.checkOnly,
      numberComponentErrors: 0,
      numberComponentsDeployed: 0,
      numberComponentsTotal: 0,
      numberTestErrors: 0,
      numberTestsCompleted: 0,
      numberTestsTotal: 0
    }
  })
}

function handleMetadataSoap(req, res, body) {
  const method = (body.match(/<soapenv:Body[^>]*>\s*<(?:\w+:)?(\w+)/) || [])[1]
  if (!method) return soapFault(res, 'INVALID_SOAP', 'could not find method')
  if (method === 'deploy') {
    const zip = tag(body, 'ZipFile') || ''
    const optsXml = tag(body, 'DeployOptions') || ''
    const options = {}
    for (const m of optsXml.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) {
      if (options[m[1]] === undefined) options[m[1]] = m[2]
      else options[m[1]] = [].concat(options[m[1]], m[2])
    }
    options.checkOnly = options.checkOnly === 'true'
    options.ignoreWarnings = options.ignoreWarnings === 'true'
    const id = createDeploy(zip, options, 'SOAP')
    return sendXml(
      res,
      200,
      soapEnvelope(
        `<deployResponse>${toXml('result', { done: false, id, state: 'Queued' })}</deployResponse>`
      )
    )
  }
  if (method === 'checkDeployStatus') {
    const id = tag(body, 'asyncProcessId')
    const d = state.deploys.get(id)
    if (!d) return soapFault(res, 'INVALID_ID_FIELD', `invalid id: ${id}`)
    return sendXml(
      res,
      200,
      soapEnvelope(
        `<checkDeployStatusResponse>${toXml('result', nextDeployStatus(d))}</checkDeployStatusResponse>`
      )
    )
  }
  if (method === 'cancelDeploy') {
    const id = tag(body, 'id')
    return sendXml(
      res,
      200,
      soapEnvelope(`<cancelDeployResponse>${toXml('result', { done: true, id })}</cancelDeployResponse>`)
    )
  }
  return soapFault(res, 'UNSUPPORTED', `fake org does not implement ${method}`)
}

// ---------------------------------------------------------------- SOQL (REST + Tooling)
function qr(type, records) {
  return {
    size: records.length,
    totalSize: records.length,
    done: true,
    queryLocator: null,
    entityTypeName: type,
    records: records.map(r => ({
      attributes: { type, url: `/services/data/v${MAX_API}/tooling/sobjects/${type}/${r.Id || 'x'}` },
      ...r
    }))
  }
}
function idsIn(q) {
  const m = q.match(/IN\s*\(([^)]*)\)/i)
  return m ? m[1].split(',').map(s => s.trim().replace(/^'|'$/g, '')) : []
}

function testRunModel() {
  const sc = S.tests[state.testScenario]
  const runId = state.testRunId
  const classes = sc.classes.map((c, i) => ({
    ...c,
    classId: `01pFAKET${String(i + 1).padStart(7, '0')}AAA`,
    queueItemId: `709FAKE${String(i + 1).padStart(8, '0')}AAA`
  }))
  return { sc, runId, classes }
}

function handleQuery(res, q, tooling) {
  const from = (q.match(/\bFROM\s+(\w+)/i) || [])[1] || ''
  const F = from.toLowerCase()
  if (F === 'organization') {
    return sendJson(
      res,
      200,
      qr('Organization', [
        {
          Id: ORG_ID,
          Name: 'Fake Org',
          NamespacePrefix: null,
          IsSandbox: false,
          TrialExpirationDate: null,
          OrganizationType: 'Developer Edition',
          InstanceName: 'FAKE1'
        }
      ])
    )
  }
  if (F === 'user') {
    return sendJson(
      res,
      200,
      qr('User', [{ Id: USER_ID, Username: USERNAME, Name: 'CI User', Email: USERNAME }])
    )
  }
  if (F === 'scratchorginfo') {
    return sendJson(res, 400, [
      {
        message:
          "\nSELECT Id FROM ScratchOrgInfo limit 1\n               ^\nERROR at Row:1:Column:16\nsObject type 'ScratchOrgInfo' is not supported.",
        errorCode: 'INVALID_TYPE'
      }
    ])
  }
  if (F === 'packagelicense' || F === 'installedsubscriberpackage' || F === 'sandboxprocess')
    return sendJson(res, 200, qr(from, []))
  if (F === 'sourcemember') {
    return sendJson(res, 400, [
      { message: "sObject type 'SourceMember' is not supported.", errorCode: 'INVALID_TYPE' }
    ])
  }
  if (F === 'apexclass') {
    const { classes } = testRunModel()
    return sendJson(
      res,
      200,
      qr(
        'ApexClass',
        classes.map(c => ({ Id: c.classId, Name: c.name, NamespacePrefix: null }))
      )
    )
  }
  const { sc, runId, classes } = testRunModel()
  const allTests = classes.flatMap(c => c.methods.map(m => ({ c, m })))
  if (F === 'apextestrunresult') {
    return sendJson(
      res,
      200,
      qr('ApexTestRunResult', [
        {
          AsyncApexJobId: runId,
          Status: 'Completed',
          ClassesCompleted: classes.length,
          ClassesEnqueued: classes.length,
          MethodsEnqueued: allTests.length,
          StartTime: state.testStart,
          EndTime: nowIso(),
          TestTime: 1234,
          ...(/TestSetupTime/.test(q) ? { TestSetupTime: 0 } : {}),
          UserId: USER_ID
        }
      ])
    )
  }
  if (F === 'apextestqueueitem') {
    return sendJson(
      res,
      200,
      qr(
        'ApexTestQueueItem',
        classes.map(c => ({
          Id: c.queueItemId,
          Status: c.methods.some(m => m.outcome !== 'Pass') ? 'Failed' : 'Completed',
          ApexClassId: c.classId,
          TestRunResultId: `05mFAKE000000001AAA`,
          ParentJobId: runId
        }))
      )
    )
  }
  if (F === 'apextestresult') {
    const wanted = new Set(idsIn(q))
    let n = 0
    const recs = []
    for (const c of classes) {
      if (wanted.size && !wanted.has(c.queueItemId)) continue
      for (const m of c.methods) {
        n += 1
        recs.push({
          Id: `07MFAKE${String(n).padStart(8, '0')}AAA`,
          QueueItemId: c.queueItemId,
          StackTrace: m.stackTrace ?? null,
          Message: m.message ?? null,
          RunTime: m.runTime ?? 12,
          TestTimestamp: state.testStart,
          AsyncApexJobId: runId,
          MethodName: m.name,
          Outcome: m.outcome,
          ApexLogId: null,
          ...(/IsTestSetup/.test(q) ? { IsTestSetup: false } : {}),
          ApexClass: {
            attributes: {
              type: 'ApexClass',
              url: `/services/data/v${MAX_API}/tooling/sobjects/ApexClass/${c.classId}`
            },
            Id: c.classId,
            Name: c.name,
            NamespacePrefix: null
          }
        })
      }
    }
    return sendJson(res, 200, qr('ApexTestResult', recs))
  }
  // optional per entry: kind 'ApexTrigger' (01q id) and lines { covered: [..], uncovered: [..] } (exact line numbers)
  const covered = (sc.coverage || []).map((cv, i) => ({
    ...cv,
    id: `${cv.kind === 'ApexTrigger' ? '01q' : '01p'}FAKEC${String(i + 1).padStart(7, '0')}AAA`
  }))
  const lines = cv =>
    cv.lines
      ? { coveredLines: cv.lines.covered, uncoveredLines: cv.lines.uncovered }
      : {
          coveredLines: Array.from({ length: cv.covered }, (_, i) => i + 1),
          uncoveredLines: Array.from({ length: cv.uncovered }, (_, i) => cv.covered + i + 1)
        }
  const cot = cv => ({
    attributes: {
      type: 'Name',
      url: `/services/data/v${MAX_API}/tooling/sobjects/${cv.kind || 'ApexClass'}/${cv.id}`
    },
    Id: cv.id,
    Name: cv.name
  })
  if (F === 'apexcodecoverage') {
    const recs = []
    for (const c of classes) {
      for (const m of c.methods) {
        if (m.outcome === 'Skip') continue
        for (const cv of covered.filter(x => !x.by || x.by === c.name)) {
          recs.push({
            ApexTestClassId: c.classId,
            ApexClassOrTrigger: cot(cv),
            TestMethodName: m.name,
            NumLinesCovered: cv.covered,
            NumLinesUncovered: cv.uncovered,
            Coverage: lines(cv)
          })
        }
      }
    }
    return sendJson(res, 200, qr('ApexCodeCoverage', recs))
  }
  if (F === 'apexcodecoverageaggregate') {
    const wanted = new Set(idsIn(q))
    return sendJson(
      res,
      200,
      qr(
        'ApexCodeCoverageAggregate',
        covered
          .filter(cv => !wanted.size || wanted.has(cv.id))
          .map(cv => ({
            Id: `715FAKE${cv.id.slice(8, 15)}AAA`,
            ApexClassOrTrigger: cot(cv),
            NumLinesCovered: cv.covered,
            NumLinesUncovered: cv.uncovered,
            Coverage: lines(cv)
          }))
      )
    )
  }
  if (F === 'apexorgwidecoverage') {
    return sendJson(
      res,
      200,
      qr('ApexOrgWideCoverage', [{ Id: '716FAKE00000001AAA', PercentCovered: sc.orgWideCoverage ?? 0 }])
    )
  }
  return sendJson(res, 400, [
    { message: `sObject type '${from}' is not supported by the fake org.`, errorCode: 'INVALID_TYPE' }
  ])
}

// RunTestsResult (JSON) for /tooling/runTestsSynchronous, built from the tests scenario
function runTestsSynchronous(body) {
  let wanted = []
  try {
    const j = JSON.parse(body || '{}')
    wanted = (j.tests || []).map(t => t.className || t.classId).filter(Boolean)
  } catch {
    /* ignore */
  }
  const { sc, classes } = testRunModel()
  const picked = classes.filter(c => !wanted.length || wanted.includes(c.name) || wanted.includes(c.classId))
  const failures = [],
    successes = []
  for (const c of picked) {
    for (const m of c.methods) {
      const base = {
        id: c.classId,
        methodName: m.name,
        name: c.name,
        namespace: null,
        seeAllData: false,
        time: m.runTime ?? 10
      }
      if (m.outcome === 'Pass') successes.push(base)
      else
        failures.push({
          ...base,
          message: m.message,
          packageName: c.name,
          stackTrace: m.stackTrace,
          type: 'Class'
        })
    }
  }
  return {
    apexLogId: null,
    codeCoverage: [],
    codeCoverageWarnings: [],
    failures,
    flowCoverage: [],
    flowCoverageWarnings: [],
    numFailures: failures.length,
    numTestsRun: failures.length + successes.length,
    successes,
    totalTime: 345
  }
}

// ---------------------------------------------------------------- router
function route(req, res, body, raw) {
  // the CLI stores instanceUrl with a trailing slash, so it sends '//services/...'
  const u = new URL(req.url.replace(/^\/{2,}/, '/'), `http://127.0.0.1:${PORT}`)
  const p = u.pathname.replace(/\/{2,}/g, '/')
  if (p === '/__fake/scenario') {
    if (u.searchParams.get('deploy')) {
      if (!S.deploy[u.searchParams.get('deploy')])
        return sendJson(res, 400, { error: 'unknown deploy scenario', known: Object.keys(S.deploy) })
      state.deployScenario = u.searchParams.get('deploy')
    }
    if (u.searchParams.get('auth')) state.auth = u.searchParams.get('auth')
    if (u.searchParams.get('restShape')) state.restShape = u.searchParams.get('restShape')
    if (u.searchParams.get('tests')) {
      if (!S.tests[u.searchParams.get('tests')])
        return sendJson(res, 400, { error: 'unknown tests scenario', known: Object.keys(S.tests) })
      state.testScenario = u.searchParams.get('tests')
    }
    return sendJson(res, 200, {
      deploy: state.deployScenario,
      tests: state.testScenario,
      auth: state.auth,
      restShape: state.restShape || 'array'
    })
  }
  if (p === '/__fake/state') {
    return sendJson(res, 200, {
      deploy: state.deployScenario,
      tests: state.testScenario,
      deployScenarios: Object.keys(S.deploy),
      testScenarios: Object.keys(S.tests)
    })
  }
  if (state.auth === 'notfound') return notFound(res) // an instance URL that is not a Salesforce org
  if (state.auth === 'expired') {
    if (/^\/services\/Soap\//.test(p)) {
      return sendXml(
        res,
        500,
        '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_SESSION_ID</faultcode><faultstring>INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: fakehash==</faultstring><detail><sf:UnexpectedErrorFault xsi:type="sf:UnexpectedErrorFault"><sf:exceptionCode>INVALID_SESSION_ID</sf:exceptionCode><sf:exceptionMessage>Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: fakehash==</sf:exceptionMessage></sf:UnexpectedErrorFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>'
      )
    }
    return sendJson(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }])
  }
  if (p === '/services/oauth2/userinfo') {
    return sendJson(res, 200, {
      sub: `https://login.salesforce.com/id/${ORG_ID}/${USER_ID}`,
      user_id: USER_ID,
      organization_id: ORG_ID,
      preferred_username: USERNAME,
      nickname: 'ci',
      name: 'CI User',
      email: USERNAME,
      email_verified: true,
      given_name: 'CI',
      family_name: 'User',
      zoneinfo: 'America/Los_Angeles',
      active: true,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      utcOffset: -28800000,
      updated_at: '2024-01-01T00:00:00Z',
      is_app_installed: true,
      urls: { rest: `http://127.0.0.1:${PORT}/services/data/v{version}/` }
    })
  }
  if (p === '/services/data' || p === '/services/data/') {
    const versions = []
    for (let v = 55; v <= Number(MAX_API); v++)
      versions.push({ label: `v${v}`, url: `/services/data/v${v}.0`, version: `${v}.0` })
    return sendJson(res, 200, versions)
  }
  let m
  if ((m = p.match(/^\/services\/Soap\/m\/([\d.]+)$/)) && req.method === 'POST')
    return handleMetadataSoap(req, res, body)
  if (/^\/services\/data\/v[\d.]+\/metadata\/deployRequest\/?$/.test(p) && req.method === 'POST')
    return handleRestDeploy(req, res, raw)
  if ((m = p.match(/^\/services\/data\/v[\d.]+\/metadata\/deployRequest\/(\w+)$/)) && req.method === 'GET') {
    const d = state.deploys.get(m[1])
    if (!d) return notFound(res)
    const r = nextDeployStatus(d)
    if (u.searchParams.get('includeDetails') !== 'true') delete r.details
    // restShape=object: send a lone componentFailure as a bare object (XML-to-JSON style) to see what the CLI does with it
    if (
      state.restShape === 'object' &&
      r.details &&
      Array.isArray(r.details.componentFailures) &&
      r.details.componentFailures.length === 1
    ) {
      r.details.componentFailures = r.details.componentFailures[0]
    }
    return sendJson(res, 200, { id: d.id, url: p, deployOptions: d.options, deployResult: r })
  }
  if ((m = p.match(/^\/services\/data\/v[\d.]+\/sobjects\/User\/(\w+)$/))) {
    return sendJson(res, 200, {
      attributes: { type: 'User' },
      Id: m[1],
      Username: USERNAME,
      Name: 'CI User',
      Email: USERNAME
    })
  }
  if ((m = p.match(/^\/services\/data\/v[\d.]+\/(tooling\/)?query\/?$/))) {
    return handleQuery(res, u.searchParams.get('q') || '', !!m[1])
  }
  if (
    /^\/services\/data\/v[\d.]+\/tooling\/runTests(A|a)?[sS]ynchronous\/?$/.test(p) &&
    S.tests[state.testScenario].noTests
  ) {
    return sendJson(res, 400, [
      {
        errorCode: 'INVALID_INPUT',
        message: 'Always provide a classes, suites, tests, or testLevel property'
      }
    ])
  }
  if (/^\/services\/data\/v[\d.]+\/tooling\/runTestsSynchronous\/?$/.test(p) && req.method === 'POST') {
    return sendJson(res, 200, runTestsSynchronous(body))
  }
  if (/^\/services\/data\/v[\d.]+\/tooling\/runTestsAsynchronous\/?$/.test(p) && req.method === 'POST') {
    state.testRunId = nextId('707')
    state.testStart = nowIso()
    log({
      note: 'runTestsAsynchronous',
      testRunId: state.testRunId,
      scenario: state.testScenario,
      payload: body
    })
    return sendJson(res, 200, state.testRunId)
  }
  if (/^\/services\/data\/v[\d.]+\/limits\/?$/.test(p)) {
    return sendJson(res, 200, { DailyApiRequests: { Max: 15000, Remaining: 14999 } })
  }
  if (/^\/services\/data\/v[\d.]+\/?$/.test(p)) {
    return sendJson(res, 200, {
      tooling: `${p}/tooling`,
      query: `${p}/query`,
      sobjects: `${p}/sobjects`,
      limits: `${p}/limits`
    })
  }
  return notFound(res)
}

const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', c => chunks.push(c))
  req.on('end', () => {
    const raw = Buffer.concat(chunks)
    const body = raw.toString('utf8')
    let out
    const origEnd = res.end.bind(res)
    res.end = data => {
      out = data
      return origEnd(data)
    }
    try {
      route(req, res, body, raw)
    } catch (e) {
      sendJson(res, 500, [{ errorCode: 'FAKE_ORG_BUG', message: String((e && e.stack) || e) }])
    }
    log({
      t: new Date().toISOString(),
      method: req.method,
      url: req.url,
      ua: req.headers['user-agent'],
      soapMethod: (body.match(/<soapenv:Body[^>]*>\s*<(?:\w+:)?(\w+)/) || [])[1],
      reqBody: body.length > 2000 ? body.slice(0, 2000) + `...(${body.length} chars)` : body,
      status: res.statusCode,
      resBody: typeof out === 'string' ? (out.length > 4000 ? out.slice(0, 4000) + '...' : out) : undefined
    })
  })
})
server.listen(PORT, '127.0.0.1', () =>
  console.log(
    `fake org listening on http://127.0.0.1:${PORT} deploy=${state.deployScenario} tests=${state.testScenario}`
  )
)
