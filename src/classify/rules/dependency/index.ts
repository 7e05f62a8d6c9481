import type { Rule } from '../../rule.js'
import actionOverrideDoesNotExist from './action-override-does-not-exist.js'
import apexClassNotFound from './apex-class-not-found.js'
import customLabelDoesNotExist from './custom-label-does-not-exist.js'
import customMetadataTypeUnavailable from './custom-metadata-type-unavailable.js'
import devHubLinkMissing from './dev-hub-link-missing.js'
import entityNotAccessible from './entity-not-accessible.js'
import fieldLevelSecurityMissing from './field-level-security-missing.js'
import flowActionNotFound from './flow-action-not-found.js'
import flowApexTypeInvalid from './flow-apex-type-invalid.js'
import flowReferenceMissing from './flow-reference-missing.js'
import flowProcessTypeNotPermitted from './flow-process-type-not-permitted.js'
import folderNotFound from './folder-not-found.js'
import formulaFieldDoesNotExist from './formula-field-does-not-exist.js'
import globalValueSetUnresolved from './global-value-set-unresolved.js'
import invalidFieldForSobject from './invalid-field-for-sobject.js'
import invalidFieldSpecified from './invalid-field-specified.js'
import invalidReportType from './invalid-report-type.js'
import invalidTestClassName from './invalid-test-class-name.js'
import invalidType from './invalid-type.js'
import licenseDoesNotAllowPermission from './license-does-not-allow-permission.js'
import lightningDefinitionNotFound from './lightning-definition-not-found.js'
import missingOrganizationFeature from './missing-organization-feature.js'
import multiCurrencyDisabled from './multi-currency-disabled.js'
import noComponentNamed from './no-component-named.js'
import noCustomFieldNamed from './no-custom-field-named.js'
import noCustomObjectNamed from './no-custom-object-named.js'
import noQuickActionNamed from './no-quick-action-named.js'
import noRecordTypeNamed from './no-record-type-named.js'
import noSuchColumn from './no-such-column.js'
import noUserNamed from './no-user-named.js'
import notAvailableForDeploy from './not-available-for-deploy.js'
import packageMethodMissing from './package-method-missing.js'
import pageDoesNotExist from './page-does-not-exist.js'
import picklistValueNotFound from './picklist-value-not-found.js'
import quickActionIdInvalid from './quick-action-id-invalid.js'
import referencedObjectMissing from './referenced-object-missing.js'
import relatedListInvalidField from './related-list-invalid-field.js'
import relationshipNotFound from './relationship-not-found.js'
import reportChartReportMissing from './report-chart-report-missing.js'
import shareObjectMissing from './share-object-missing.js'
import sobjectTypeNotSupported from './sobject-type-not-supported.js'
import standardFieldUnresolved from './standard-field-unresolved.js'
import staticResourceDoesNotExist from './static-resource-does-not-exist.js'
import tabNotValid from './tab-not-valid.js'
import unknownUserPermission from './unknown-user-permission.js'
import usernamesNotFound from './usernames-not-found.js'
import variableDoesNotExist from './variable-does-not-exist.js'
import variableDoesNotExistField from './variable-does-not-exist-field.js'
import visualforceUnknownField from './visualforce-unknown-field.js'
import visualforceUnknownComponent from './visualforce-unknown-component.js'
import hardcodedRecordId from './hardcoded-record-id.js'
import packageVersionNotInstalled from './package-version-not-installed.js'
import listViewColumnUnresolved from './list-view-column-unresolved.js'
import invalidDefinitionNull from './invalid-definition-null.js'
import fieldDoesNotExistOnObject from './field-does-not-exist-on-object.js'
import sharingTargetMissing from './sharing-target-missing.js'
import sharingTargetKindUnavailable from './sharing-target-kind-unavailable.js'
import packageVersionUnavailable from './package-version-unavailable.js'
import permissionSetGroupMemberMissing from './permission-set-group-member-missing.js'
import orgEmailDisabled from './org-email-disabled.js'
import remoteSiteNotRegistered from './remote-site-not-registered.js'
import dataCloudObjectUnavailable from './data-cloud-object-unavailable.js'
import parentEntityFailedToDeploy from './parent-entity-failed-to-deploy.js'
import invocationTargetMissing from './invocation-target-missing.js'
import namedValueNotInOrg from './named-value-not-in-org.js'
import objectTrackingDisabled from './object-tracking-disabled.js'
import lwcJestModuleNotFound from './lwc-jest-module-not-found.js'

/** Rules of this family, in evaluation order: specific before general. */
export const dependencyRules: readonly Rule[] = [
  // Features that explain a whole class of "missing" messages come first.
  multiCurrencyDisabled,
  shareObjectMissing,
  // "In field: <f> - no <Type> named <Name> found": specific types, then the generic form.
  noCustomFieldNamed,
  noCustomObjectNamed,
  noRecordTypeNamed,
  noUserNamed,
  noQuickActionNamed,
  noComponentNamed,
  usernamesNotFound,
  quickActionIdInvalid,
  // Apex and SOQL compile-time references.
  fieldDoesNotExistOnObject,
  variableDoesNotExistField,
  variableDoesNotExist,
  invalidTestClassName,
  invalidType,
  noSuchColumn,
  relationshipNotFound,
  sobjectTypeNotSupported,
  entityNotAccessible,
  fieldLevelSecurityMissing,
  invalidFieldForSobject,
  invalidFieldSpecified,
  packageMethodMissing,
  // Pages, resources, labels, formulas and UI components.
  apexClassNotFound,
  actionOverrideDoesNotExist,
  pageDoesNotExist,
  staticResourceDoesNotExist,
  customLabelDoesNotExist,
  formulaFieldDoesNotExist,
  lightningDefinitionNotFound,
  visualforceUnknownComponent,
  visualforceUnknownField,
  // Org features, licences and permissions.
  unknownUserPermission,
  licenseDoesNotAllowPermission,
  notAvailableForDeploy,
  flowProcessTypeNotPermitted,
  orgEmailDisabled,
  remoteSiteNotRegistered,
  dataCloudObjectUnavailable,
  missingOrganizationFeature,
  objectTrackingDisabled,
  standardFieldUnresolved,
  referencedObjectMissing,
  customMetadataTypeUnavailable,
  // Values, folders, reports, layouts, tabs and flows.
  picklistValueNotFound,
  globalValueSetUnresolved,
  folderNotFound,
  invalidReportType,
  reportChartReportMissing,
  relatedListInvalidField,
  tabNotValid,
  flowActionNotFound,
  flowApexTypeInvalid,
  flowReferenceMissing,
  hardcodedRecordId,
  packageVersionNotInstalled,
  listViewColumnUnresolved,
  invalidDefinitionNull,
  sharingTargetMissing,
  sharingTargetKindUnavailable,
  packageVersionUnavailable,
  devHubLinkMissing,
  permissionSetGroupMemberMissing,
  invocationTargetMissing,
  namedValueNotInOrg,
  lwcJestModuleNotFound,
  // Fallout of another failure: names the cause only when nothing else in the deploy does.
  parentEntityFailedToDeploy
]
