import rule from '../../../../src/classify/rules/metadata/metadata-type-unknown.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Illuminated Cloud issue 1894: EmailService (the type is EmailServicesFunction) deployed by type name
      text: 'ERROR running force:source:deploy:  The specified metadata type is unsupported: [EmailService]',
      surface: 'cli',
      captures: { detail: 'The specified metadata type is unsupported: [EmailService]' }
    },
    {
      // forcedotcom/cli#3500: an Agentforce bundle deployed with a CLI older than the type
      text: 'Error (UnsupportedBundleTypeError): Unsupported Bundle Type: AiAuthoringBundle',
      surface: 'cli'
    },
    {
      // A committed sfdx.log (miguelurquijo/semana-5-41): a misspelled type in -m
      text: "ERROR running force:source:deploy:  We can't find the metadata object named LightningtComponentBundle. Verify that this metadata exists and try again."
    },
    {
      // sf project deploy with a misspelled manifest type (public issue)
      text: "Missing metadata type definition in registry for id 'Worflow'."
    },
    {
      // sf project retrieve/deploy of translations (public issue)
      text: 'Unexpected child metadata found for parent type [CustomObjectTranslation]'
    },
    {
      text: 'INVALID_ID_FIELD: Deployment failed:INVALID_CROSS_REFERENCE_KEY: No packages or unpackaged specified'
    }
  ],
  negatives: [
    // trailheadapps/az-insurance#89: a list of types given as one value, a command-line mistake
    {
      text: 'The specified metadata type is unsupported: [apexclass layout customobject lightningcomponentbundle managedcontenttype customobject staticresource customtab permissionset flow]',
      surface: 'cli'
    },
    {
      text: 'Metadata type definition loaded for CustomObject'
    }
  ]
})
