import rule from '../../../../src/classify/rules/dependency/no-component-named.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // trailheadapps/lwc-recipes#586: CustomApplication tab.
      text: 'In field: tab - no CustomTab named Hello found',
      captures: { type: 'CustomTab', name: 'Hello' }
    },
    {
      // trailheadapps/lwc-recipes#586: CustomTab pointing at a Lightning page.
      text: 'In field: flexiPage - no FlexiPage named Aura_Interoperability found',
      captures: { type: 'FlexiPage', name: 'Aura_Interoperability' }
    },
    {
      // Workflow alert template in a folder, with CLI suffix.
      text: 'In field: template - no EmailTemplate named Support/Case_Closed found (22:7)',
      captures: { type: 'EmailTemplate', name: 'Support/Case_Closed' }
    },
    {
      // Permission set data category visibility.
      text: 'In field: DeveloperName - no DataCategoryGroup named Products found',
      captures: { type: 'DataCategoryGroup', name: 'Products' }
    },
    {
      // Profile layout assignment: layout names are "<Object>-<Layout label>", spaces included.
      text: 'In field: layout - no Layout named Account-Account Layout found',
      captures: { type: 'Layout', name: 'Account-Account Layout' }
    }
  ],
  negatives: [
    { text: 'No ApexClass named: Foo found' },
    { text: 'No COMPONENT named markup://c:foo found : [markup://c:bar]' },
    { text: 'warning: no Profile named Admin was modified because nothing found' },
    { text: 'There is no Layout named in the assignment so nothing was found to deploy' }
  ]
})
