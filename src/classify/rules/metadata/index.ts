import type { Rule } from '../../rule.js'
import lwcCompileError from './lwc-compile-error.js'
import auraMarkupError from './aura-markup-error.js'
import visualforceMarkupError from './visualforce-markup-error.js'
import formulaInvalid from './formula-invalid.js'
import flowVersionConflict from './flow-version-conflict.js'
import flowElementInvalid from './flow-element-invalid.js'
import apexSyntaxError from './apex-syntax-error.js'
import apexReturnPathError from './apex-return-path-error.js'
import apexMethodSignatureMismatch from './apex-method-signature-mismatch.js'
import apexStaticContextError from './apex-static-context-error.js'
import apexInterfaceOrOverrideMismatch from './apex-interface-or-override-mismatch.js'
import apexTypeMismatch from './apex-type-mismatch.js'
import apexDuplicateDeclaration from './apex-duplicate-declaration.js'
import apexFieldNotWriteable from './apex-field-not-writeable.js'
import apexMemberNotVisible from './apex-member-not-visible.js'
import packageMemberNotVisible from './package-member-not-visible.js'
import metadataNameNotLoaded from './metadata-name-not-loaded.js'
import apexInvalidDeclaration from './apex-invalid-declaration.js'
import apexTriggerDefinitionInvalid from './apex-trigger-definition-invalid.js'
import apexReservedIdentifier from './apex-reserved-identifier.js'
import apexUndeclaredVariable from './apex-undeclared-variable.js'
import invalidApiVersion from './invalid-api-version.js'
import xmlParseError from './xml-parse-error.js'
import requiredMetadataFieldMissing from './required-metadata-field-missing.js'
import packageXmlMismatch from './package-xml-mismatch.js'
import sfdxProjectInvalid from './sfdx-project-invalid.js'
import packageVersionDefinitionInvalid from './package-version-definition-invalid.js'
import sourceFileNotRecognised from './source-file-not-recognised.js'
import duplicateComponentName from './duplicate-component-name.js'
import duplicatePicklistValue from './duplicate-picklist-value.js'
import duplicateValueFound from './duplicate-value-found.js'
import fieldTypeChangeNotAllowed from './field-type-change-not-allowed.js'
import customFieldDefinitionInvalid from './custom-field-definition-invalid.js'
import sharingModelConflict from './sharing-model-conflict.js'
import managedComponentModification from './managed-component-modification.js'
import standardComponentChangeNotAllowed from './standard-component-change-not-allowed.js'
import destructiveChangeNotSupported from './destructive-change-not-supported.js'
import componentInUse from './component-in-use.js'
import profileAssignmentInvalid from './profile-assignment-invalid.js'
import pageOrLayoutDefinitionInvalid from './page-or-layout-definition-invalid.js'
import deployOptionsInvalid from './deploy-options-invalid.js'
import metadataValueInvalid from './metadata-value-invalid.js'
import sourceConversionFailed from './source-conversion-failed.js'
import scratchOrgSettingsFailed from './scratch-org-settings-failed.js'
import scratchOrgDefinitionInvalid from './scratch-org-definition-invalid.js'
import apexClassLoadFailed from './apex-class-load-failed.js'
import metadataTypeUnknown from './metadata-type-unknown.js'
import matchingRuleNotActive from './matching-rule-not-active.js'
import scratchOrgUsernameTaken from './scratch-org-username-taken.js'
import sourceFilesIncomplete from './source-files-incomplete.js'
import apexJobsPending from './apex-jobs-pending.js'
import packageUpgradeNotAllowed from './package-upgrade-not-allowed.js'
import packageKindIncompatible from './package-kind-incompatible.js'
import insufficientAccessCrossReference from './insufficient-access-cross-reference.js'

/** Rules of this family, in evaluation order: specific before general. */
export const metadataRules: readonly Rule[] = [
  lwcCompileError,
  auraMarkupError,
  visualforceMarkupError,
  formulaInvalid,
  flowVersionConflict,
  flowElementInvalid,
  apexSyntaxError,
  apexClassLoadFailed,
  apexReturnPathError,
  apexMethodSignatureMismatch,
  apexStaticContextError,
  apexInterfaceOrOverrideMismatch,
  apexTypeMismatch,
  apexDuplicateDeclaration,
  apexFieldNotWriteable,
  apexMemberNotVisible,
  packageMemberNotVisible,
  apexInvalidDeclaration,
  apexTriggerDefinitionInvalid,
  apexReservedIdentifier,
  apexUndeclaredVariable,
  invalidApiVersion,
  xmlParseError,
  requiredMetadataFieldMissing,
  packageXmlMismatch,
  packageVersionDefinitionInvalid,
  scratchOrgDefinitionInvalid,
  sfdxProjectInvalid,
  metadataTypeUnknown,
  metadataNameNotLoaded,
  sourceFileNotRecognised,
  duplicateComponentName,
  duplicatePicklistValue,
  duplicateValueFound,
  fieldTypeChangeNotAllowed,
  customFieldDefinitionInvalid,
  sharingModelConflict,
  managedComponentModification,
  standardComponentChangeNotAllowed,
  destructiveChangeNotSupported,
  componentInUse,
  insufficientAccessCrossReference,
  profileAssignmentInvalid,
  pageOrLayoutDefinitionInvalid,
  deployOptionsInvalid,
  metadataValueInvalid,
  sourceConversionFailed,
  scratchOrgSettingsFailed,
  matchingRuleNotActive,
  scratchOrgUsernameTaken,
  sourceFilesIncomplete,
  apexJobsPending,
  packageUpgradeNotAllowed,
  packageKindIncompatible
]
