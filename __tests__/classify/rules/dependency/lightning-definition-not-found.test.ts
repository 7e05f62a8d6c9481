import rule from '../../../../src/classify/rules/dependency/lightning-definition-not-found.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // a bundle referring to another LWC that is not deployed (the text is ours, in the platform's wording)
    {
      text: 'Invalid reference c/orderTile of type module in file orderList.js',
      captures: { component: 'c/orderTile' }
    },
    {
      // FlexiPage with a Chatter component deployed to an org without Chatter
      text: 'Error: component access denied to component forceChatter:recordFeedContainer',
      captures: { namespace: 'forceChatter', bundle: 'recordFeedContainer' }
    },
    {
      // a FlexiPage referencing a component from a package the target org lacks (name obfuscated by the poster)
      text: "We couldn't retrieve the design time component information for component acme_dsPage."
    },
    {
      // an LWC importing a custom label that is not in the target org
      text: 'Invalid reference c.joshdaymentlabs_Manual_Reference_Allowed of type label in file dataFetcherCPECombobox.js',
      captures: { kind: 'label' }
    },
    {
      // a managed-package component referenced from a FlexiPage (public issue)
      text: "Your org doesn't have access to component cooper:companyInsightTeaserCard",
      captures: { namespace: 'cooper', bundle: 'companyInsightTeaserCard' }
    },
    {
      // an Aura design token missing in the target org (public issue)
      text: 'No TOKEN named force:base.spacingNone found',
      captures: { kind: 'TOKEN', namespace: 'force', bundle: 'base.spacingNone' }
    },
    {
      // a flow screen component whose configuration editor LWC is not in the target org
      text: 'Invalid value for property configurationEditor: c:sendBetterEmailCPE is not a valid Lightning Web Component name',
      captures: { namespace: 'c', bundle: 'sendBetterEmailCPE' }
    },
    {
      // mshanemc/AnythingPath#8: Aura component.
      text: 'No COMPONENT named markup://c:singleFieldDisplayerReadOnly found : [markup://c:AnythingBoard]',
      captures: { kind: 'COMPONENT', namespace: 'c', bundle: 'singleFieldDisplayerReadOnly' }
    },
    {
      // annyhe/pdfViewer#3: LWC module.
      text: 'No MODULE named markup://c:ldsUtils found : [markup://c:showPdfRelatedToRecordId, markup://c:errorPanel]',
      captures: { kind: 'MODULE', namespace: 'c', bundle: 'ldsUtils' }
    },
    {
      // Chaos-Tech-Corp/Input-Field-Lookup#2: Aura event.
      text: 'No EVENT named markup://c:selectedsObjectRecordEvent found : [markup://c:lookupField]',
      captures: { kind: 'EVENT', bundle: 'selectedsObjectRecordEvent' }
    },
    {
      // trailheadapps/lwc-recipes#7: FlexiPage.
      text: "We couldn't retrieve the design time component information for component c:apexWireMethodToProperty.",
      captures: { namespace: 'c', bundle: 'apexWireMethodToProperty' }
    }
  ],
  negatives: [
    { text: 'Invalid definition for null:EinsteinSignup: null' },
    { text: 'Cannot find Lightning Component Bundle foo.' }
  ]
})
