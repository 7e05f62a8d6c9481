import rule from '../../../../src/classify/rules/metadata/source-files-incomplete.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    // salesforce-alm (the sfdx toolbelt), messages MissingMetadataExtension
    {
      text: "Expected file at path: force-app/main/default/classes/OrderService.cls.xml to end with the '-meta.xml' extension. Please rename the file to force-app/main/default/classes/OrderService.cls-meta.xml",
      surface: 'cli',
      captures: { path: 'force-app/main/default/classes/OrderService.cls.xml' }
    },
    // salesforce-alm (the sfdx toolbelt), messages MissingMetadataFile
    {
      text: 'Expected metadata file at path: force-app/main/default/staticresources/ChartJs.resource-meta.xml',
      surface: 'cli'
    },
    {
      // forcedotcom/cli issue 1541, with the reporter's placeholder for the component
      text: 'Deploy Errors:\nFailed to handle component xxxxx, file path not expected',
      surface: 'cli',
      captures: { name: 'xxxxx' }
    },
    {
      // forcedotcom/cli release notes: the error's name printed without its message
      text: 'ExpectedSourceFilesError',
      surface: 'cli'
    },
    {
      // AutoRABIT knowledge base (error-messages.md): an LWC bundle retrieved with a .css-meta.xml
      text: 'Invalid meta-xml name: lwc/xxx/xxx.css-meta.xml, should end with js-meta.xml',
      surface: 'cli',
      captures: { path: 'lwc/xxx/xxx.css-meta.xml' }
    },
    {
      // source-deploy-retrieve messages/sdr.md (replacementsFileNotRead)
      text: 'The file "replacements/uat.txt" specified in the "replacements" property of sfdx-project.json could not be read.',
      surface: 'cli',
      captures: { path: 'replacements/uat.txt' }
    },
    {
      // source-deploy-retrieve messages/sdr.md (error_static_resource_expected_archive_type)
      text: 'A StaticResource directory must have a content type of application/zip or application/jar - found text/plain for force-app/main/default/staticresources/logo',
      surface: 'cli',
      captures: { path: 'force-app/main/default/staticresources/logo' }
    },
    {
      // CLI 48.16.2 release notes: converting an ExperienceBundle without its content files
      text: 'ERROR running force:mdapi:convert:  Expected content file(s) at path(s): /Users/jdoe/sfdx/ebikes-lwc/converted/experiences/E_Bikes1.site',
      surface: 'cli',
      captures: { path: '/Users/jdoe/sfdx/ebikes-lwc/converted/experiences/E_Bikes1.site' }
    },
    {
      // sfdx 7 source:deploy of a class whose -meta.xml was never committed (forcedotcom/cli thread)
      text: 'ERROR running force:source:deploy: Expected file at path: /Users/steve/sfdc/force-app/main/default/classes/QuotaReliefCalculatorTest.cls-meta.xml',
      captures: {
        path: '/Users/steve/sfdc/force-app/main/default/classes/QuotaReliefCalculatorTest.cls-meta.xml'
      }
    },
    {
      // forcedotcom/cli#1757: the message as a terminal wrapped it
      text: 'ERROR running force:source:convert:  Unexpected child metadata \n[/.../force-app/main/default/obje\nctTranslations/npo02__Household__c-de/npo02__OppAmountLastNDays__c.fieldTranslat\nion-meta.xml] found for parent type [CustomObjectTranslation]',
      captures: { type: 'CustomObjectTranslation' }
    },
    {
      // sfdx force:source:convert on an NPSP object translation
      text: 'ERROR running force:source:convert: Unexpected child metadata [/repo/force-app/main/default/objectTranslations/npo02__Household__c-de/npo02__OppAmountLastNDays__c.fieldTranslation-meta.xml] found for parent type [CustomObjectTranslation]',
      captures: { type: 'CustomObjectTranslation' }
    },
    {
      // GitHub Actions deploy with a translation missing its -meta.xml
      text: "Expected metadata file with '-meta.xml' extension at path: /home/runner/work/Salesforce/Salesforce/force-app/main/default/objectTranslations/Quote-en_US/Quote-en_US.objectTranslation-meta.xml",
      captures: {
        path: '/home/runner/work/Salesforce/Salesforce/force-app/main/default/objectTranslations/Quote-en_US/Quote-en_US.objectTranslation-meta.xml'
      }
    },
    {
      // trailheadapps/ebikes-lwc: force:source:push of a navigation menu
      text: 'ERROR running force:source:push: Unexpected file found in package directory: ~/ebikes-lwc/force-app/main/default/navigationMenus/Default_Navigation.navigationMenu-meta.xml'
    },
    {
      // source-deploy-retrieve message noContentFound
      text: 'SourceComponent MyClass (metadata type = ApexClass) is missing its content file.',
      captures: { name: 'MyClass', type: 'ApexClass' }
    },
    {
      // source-deploy-retrieve message error_no_metadata_xml_ignore
      text: 'Metadata xml file force-app/main/default/classes/Foo.cls-meta.xml is forceignored but is required for force-app/main/default/classes/Foo.cls.'
    }
  ],
  negatives: [
    // A static resource folder with the right content type, reported by a tool, not refused.
    {
      text: 'A StaticResource directory of content type application/zip was expanded into force-app/main/default/staticresources/logo',
      surface: 'cli'
    },
    {
      text: 'force-app/main/default/foo.txt: Could not infer a metadata type'
    },
    {
      text: "Missing metadata type definition in registry for id 'foo'."
    }
  ]
})
