import type { Rule } from '../../rule.js'
import apexRuntimeException from './apex-runtime-exception.js'
import apexTestFailureLine from './apex-test-failure-line.js'
import assertionFailedExpectedActual from './assertion-failed-expected-actual.js'
import assertionFailed from './assertion-failed.js'
import calloutAfterDml from './callout-after-dml.js'
import calloutInTest from './callout-in-test.js'
import customException from './custom-exception.js'
import dmlFailedOther from './dml-failed-other.js'
import duplicateIdInList from './duplicate-id-in-list.js'
import duplicateRecord from './duplicate-record.js'
import duplicateUsername from './duplicate-username.js'
import dynamicSoqlError from './dynamic-soql-error.js'
import entityIsDeleted from './entity-is-deleted.js'
import fieldIntegrityException from './field-integrity-exception.js'
import fieldNotQueried from './field-not-queried.js'
import flowFaultInDml from './flow-fault-in-dml.js'
import insufficientAccessInTest from './insufficient-access-in-test.js'
import invalidCrossReference from './invalid-cross-reference.js'
import invalidId from './invalid-id.js'
import jsonException from './json-exception.js'
import listIndexOutOfBounds from './list-index-out-of-bounds.js'
import mathException from './math-exception.js'
import mixedDmlOperation from './mixed-dml-operation.js'
import moreThanOneRowForAssignment from './more-than-one-row-for-assignment.js'
import noRowsForAssignment from './no-rows-for-assignment.js'
import noTestsToRun from './no-tests-to-run.js'
import nullPointer from './null-pointer.js'
import requiredFieldMissing from './required-field-missing.js'
import restrictedPicklistValue from './restricted-picklist-value.js'
import stringTooLong from './string-too-long.js'
import testRunIncomplete from './test-run-incomplete.js'
import testSetupFailed from './test-setup-failed.js'
import triggerExceptionInDml from './trigger-exception-in-dml.js'
import triggerFailedInDml from './trigger-failed-in-dml.js'
import typeConversion from './type-conversion.js'
import validationRuleFailed from './validation-rule-failed.js'
import testsFailedWithoutDetail from './tests-failed-without-detail.js'
import oneBatchPerTest from './one-batch-per-test.js'

/**
 * A failed assertion is the test's own verdict: the text it quotes (an expected error message, a
 * field name) is data, not the cause, so the registry evaluates these before dependency and metadata.
 */
export const assertionRules: readonly Rule[] = [assertionFailedExpectedActual, assertionFailed]

/** The rest of this family, in evaluation order: specific before general. */
export const testRules: readonly Rule[] = [
  testSetupFailed,
  flowFaultInDml,
  triggerExceptionInDml,
  triggerFailedInDml,
  mixedDmlOperation,
  validationRuleFailed,
  requiredFieldMissing,
  duplicateUsername,
  duplicateRecord,
  invalidCrossReference,
  fieldIntegrityException,
  insufficientAccessInTest,
  stringTooLong,
  restrictedPicklistValue,
  entityIsDeleted,
  dmlFailedOther,
  calloutInTest,
  calloutAfterDml,
  noRowsForAssignment,
  moreThanOneRowForAssignment,
  fieldNotQueried,
  nullPointer,
  listIndexOutOfBounds,
  duplicateIdInList,
  typeConversion,
  invalidId,
  mathException,
  jsonException,
  dynamicSoqlError,
  oneBatchPerTest,
  noTestsToRun,
  testRunIncomplete,
  apexRuntimeException,
  customException,
  apexTestFailureLine,
  // A summary that only counts failing tests: after every rule that could read a failure itself.
  testsFailedWithoutDetail
]
