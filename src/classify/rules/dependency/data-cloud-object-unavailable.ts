import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'data-cloud-object-unavailable',
  category: 'dependency',
  title: 'Apex cannot reach the Data Cloud object {object}',
  surfaces: ['test', 'cli', 'log'],
  patterns: [
    // Data model objects end in __dlm; Apex reaches them only where Data Cloud is provisioned and the
    // running user's data space includes them, and tests are meant to stub them.
    /\bNo access to entity '(?<object>\w+__dlm)'/
  ],
  explanation:
    'The code queries the Data Cloud data model object {object}, and the org refused: Data Cloud is not provisioned in the target org, the running user has no access to the data space that holds the object, or (in an Apex test) the query was not stubbed, which is how Salesforce expects tests to read data model objects.',
  remediation: [
    'In tests, stub the query: `Test.createSoqlStub({object}.SObjectType, new MyStub())` with a class that extends `SoqlStubProvider` and returns the rows the test needs.',
    'Outside tests, check that Data Cloud is provisioned in the target org and that the running user has a permission set giving access to the data space that holds {object}.',
    'Then run the tests or the deployment again.'
  ],
  docs: ['https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/MockSOQLTestsForDMOs.htm'],
  retryable: false
})
