// Scenarios the fake org can play. Shapes follow the Metadata API DeployResult
// (checkDeployStatus) and the Tooling API ApexTestResult / ApexCodeCoverage* records.
'use strict'

const FOO_ID = '01pFAKEC0000001AAA'
const BAR_ID = '01pFAKEC0000002AAA'
const FOOTEST_ID = '01pFAKET0000001AAA'

const testFailure = {
  id: FOOTEST_ID,
  message: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3',
  methodName: 'failsOnPurpose',
  name: 'FooTest',
  namespace: null,
  packageName: 'FooTest',
  stackTrace: 'Class.FooTest.failsOnPurpose: line 4, column 1',
  time: 11,
  type: 'Class'
}
const testSuccess = { id: FOOTEST_ID, methodName: 'addsNumbers', name: 'FooTest', namespace: null, time: 7 }
const loc = line => ({ column: 0, line, numExecutions: 0, time: -1 })
const coverageFoo = {
  id: FOO_ID,
  locationsNotCovered: [loc(3), loc(4), loc(5)],
  name: 'Foo',
  namespace: null,
  numLocations: 5,
  numLocationsNotCovered: 3,
  type: 'Class'
}
const coverageBar = {
  id: BAR_ID,
  locationsNotCovered: [loc(2), loc(3), loc(4)],
  name: 'Bar',
  namespace: null,
  numLocations: 4,
  numLocationsNotCovered: 3,
  type: 'Class'
}

const deploy = {
  success: { componentFailures: [] },
  'one-failure': {
    componentFailures: [
      {
        type: 'ApexClass',
        fullName: 'Foo',
        lineNumber: 4,
        columnNumber: 5,
        problem: "Missing ';' at '}'",
        problemType: 'Error'
      }
    ]
  },
  'many-failures': {
    componentFailures: [
      {
        type: 'ApexClass',
        fullName: 'Foo',
        lineNumber: 4,
        columnNumber: 5,
        problem: "Missing ';' at '}'",
        problemType: 'Error'
      },
      {
        type: 'ApexClass',
        fullName: 'Bar',
        lineNumber: 2,
        columnNumber: 40,
        problem: 'Variable does not exist: nope',
        problemType: 'Error'
      },
      {
        type: 'ApexClass',
        fullName: 'FooTest',
        lineNumber: 3,
        columnNumber: 63,
        problem: "Dependent class is invalid and needs recompilation:\n Class Foo : Missing ';' at '}'",
        problemType: 'Error'
      }
    ]
  },
  // components deploy fine; with --test-level the run has one failing test and coverage < 75%
  'test-failures': {
    componentFailures: [],
    coverageFails: true,
    runTestResult: {
      codeCoverage: [coverageFoo, coverageBar],
      codeCoverageWarnings: [
        {
          id: BAR_ID,
          message: 'Test coverage of selected Apex Class is 25%, at least 75% test coverage is required',
          name: 'Bar',
          namespace: null
        },
        {
          id: FOO_ID,
          message: 'Test coverage of selected Apex Class is 40%, at least 75% test coverage is required',
          name: 'Foo',
          namespace: null
        },
        {
          id: FOOTEST_ID,
          message:
            'Average test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.',
          namespace: null
        }
      ],
      failures: [testFailure],
      numFailures: 1,
      numTestsRun: 2,
      successes: [testSuccess],
      totalTime: 321
    }
  },
  // all tests pass, only the coverage gate fails
  'coverage-only': {
    componentFailures: [],
    coverageFails: true,
    runTestResult: {
      codeCoverage: [coverageFoo, coverageBar],
      codeCoverageWarnings: [
        {
          id: FOOTEST_ID,
          message:
            'Average test coverage across all Apex Classes and Triggers is 33%, at least 75% test coverage is required.',
          namespace: null
        }
      ],
      failures: [],
      numFailures: 0,
      numTestsRun: 2,
      successes: [testSuccess, { ...testSuccess, methodName: 'failsOnPurpose' }],
      totalTime: 222
    }
  }
}

const tests = {
  // FooTest: 1 pass, 1 fail; BarTest: 1 pass; coverage Foo 2/5, Bar 1/4 => 33%
  'failures-low-coverage': {
    orgWideCoverage: 33,
    classes: [
      {
        name: 'FooTest',
        methods: [
          { name: 'addsNumbers', outcome: 'Pass', runTime: 7 },
          {
            name: 'failsOnPurpose',
            outcome: 'Fail',
            runTime: 11,
            message: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3',
            stackTrace: 'Class.FooTest.failsOnPurpose: line 4, column 1'
          }
        ]
      },
      { name: 'BarTest', methods: [{ name: 'saysHello', outcome: 'Pass', runTime: 5 }] }
    ],
    coverage: [
      { name: 'Foo', covered: 2, uncovered: 3, by: 'FooTest' },
      { name: 'Bar', covered: 1, uncovered: 3, by: 'BarTest' }
    ]
  },
  // several failures incl. an exception (null pointer) and a CompileFail-free run
  'many-failures': {
    orgWideCoverage: 33,
    classes: [
      {
        name: 'FooTest',
        methods: [
          { name: 'addsNumbers', outcome: 'Pass', runTime: 7 },
          {
            name: 'failsOnPurpose',
            outcome: 'Fail',
            runTime: 11,
            message: 'System.AssertException: Assertion Failed: Expected: 4, Actual: 3',
            stackTrace: 'Class.FooTest.failsOnPurpose: line 4, column 1'
          }
        ]
      },
      {
        name: 'BarTest',
        methods: [
          {
            name: 'saysHello',
            outcome: 'Fail',
            runTime: 6,
            message: 'System.NullPointerException: Attempt to de-reference a null object',
            stackTrace: 'Class.Bar.hello: line 2, column 1\nClass.BarTest.saysHello: line 5, column 1'
          }
        ]
      }
    ],
    coverage: [
      { name: 'Foo', covered: 2, uncovered: 3, by: 'FooTest' },
      { name: 'Bar', covered: 1, uncovered: 3, by: 'BarTest' }
    ]
  },
  // everything passes but coverage is 60%
  'pass-low-coverage': {
    orgWideCoverage: 60,
    classes: [
      { name: 'FooTest', methods: [{ name: 'addsNumbers', outcome: 'Pass', runTime: 7 }] },
      { name: 'BarTest', methods: [{ name: 'saysHello', outcome: 'Pass', runTime: 5 }] }
    ],
    coverage: [
      { name: 'Foo', covered: 3, uncovered: 2, by: 'FooTest' },
      { name: 'Bar', covered: 3, uncovered: 2, by: 'BarTest' }
    ]
  },
  'all-pass': {
    orgWideCoverage: 100,
    classes: [{ name: 'FooTest', methods: [{ name: 'addsNumbers', outcome: 'Pass', runTime: 7 }] }],
    coverage: [{ name: 'Foo', covered: 5, uncovered: 0, by: 'FooTest' }]
  }
}

module.exports = { deploy, tests }

// extra deploy scenarios
deploy['unknown-exception'] = {
  componentFailures: [],
  errorMessage:
    'UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)',
  errorStatusCode: 'UNKNOWN_EXCEPTION'
}
deploy['never-finishes'] = { componentFailures: [], neverFinishes: true }
// extra tests scenario: the org has no test classes
tests['no-tests'] = { noTests: true, orgWideCoverage: 0, classes: [], coverage: [] }

// ---------------------------------------------------------------- added by this project (see README, last section)
// Story: a commit adds RegionService / RegionServiceTest and puts Account.Region__c on the Account layout,
// but the field itself was never deployed to the target org. Use with ./region-project.
// deploy: the layout and both classes fail; nothing compiles, so no tests run even with --test-level.
deploy['missing-field'] = {
  componentFailures: [
    {
      type: 'Layout',
      fullName: 'Account-Account Layout',
      fileName: 'layouts/Account-Account Layout.layout',
      problem: 'In field: field - no CustomField named Account.Region__c found',
      problemType: 'Error'
    },
    {
      type: 'ApexClass',
      fullName: 'RegionService',
      lineNumber: 14,
      columnNumber: 23,
      problem: 'Variable does not exist: Region__c',
      problemType: 'Error'
    },
    {
      type: 'ApexClass',
      fullName: 'RegionServiceTest',
      lineNumber: 5,
      columnNumber: 9,
      problem:
        'Dependent class is invalid and needs recompilation:\n Class RegionService : Variable does not exist: Region__c',
      problemType: 'Error'
    }
  ]
}
// tests: a run in an org that has the field. 5 tests, 2 fail. AccountTrigger does not call
// RegionService.assignRegions yet, so lines 9-20 (assignRegions) and 31 (EMEA branch) are never run.
// `lines` (optional, server.js) gives the exact covered / uncovered line numbers;
// `kind: 'ApexTrigger'` (optional) gives the record a 01q… trigger id.
tests['region-failures'] = {
  orgWideCoverage: 72,
  classes: [
    {
      name: 'RegionServiceTest',
      methods: [
        { name: 'assignsApac', outcome: 'Pass', runTime: 9 },
        { name: 'blankCountryHasNoRegion', outcome: 'Pass', runTime: 4 },
        {
          name: 'assignsEmea',
          outcome: 'Fail',
          runTime: 187,
          message: 'System.AssertException: Assertion Failed: Expected: EMEA, Actual: null',
          stackTrace: 'Class.RegionServiceTest.assignsEmea: line 22, column 1'
        }
      ]
    },
    {
      name: 'AccountTriggerTest',
      methods: [
        {
          name: 'bulkInsert',
          outcome: 'Fail',
          runTime: 412,
          message:
            'System.DmlException: Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Region is required for EMEA accounts: [Region__c]',
          stackTrace: 'Class.AccountTriggerTest.bulkInsert: line 31, column 1'
        },
        { name: 'singleInsert', outcome: 'Pass', runTime: 96 }
      ]
    }
  ],
  coverage: [
    // 8 of 20 lines = 40%; uncovered 9-15, 17-20 (assignRegions; 16 is a brace) and 31
    {
      name: 'RegionService',
      covered: 8,
      uncovered: 12,
      by: 'RegionServiceTest',
      lines: {
        covered: [2, 3, 4, 5, 24, 26, 27, 28],
        uncovered: [9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 31]
      }
    },
    // 9 of 10 lines = 90%
    {
      name: 'AccountTrigger',
      kind: 'ApexTrigger',
      covered: 9,
      uncovered: 1,
      by: 'AccountTriggerTest',
      lines: { covered: [2, 3, 4, 5, 7, 8, 11, 13, 14], uncovered: [9] }
    }
  ]
}
