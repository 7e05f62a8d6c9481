import { defineRule } from '../../define-rule.js'

export default defineRule({
  id: 'custom-field-definition-invalid',
  category: 'metadata',
  title: 'The field definition is not allowed: {detail}',
  surfaces: ['component', 'cli', 'log'],
  patterns: [
    /(?<detail>\bCan ?not specify '(?<attribute>\w+)' for a CustomField of type (?<fieldType>\w+))/,
    /(?<detail>\bfullName must end with: __c[^\n]*)/,
    /field integrity exception: unknown \((?<detail>required must not be specified|must specify either cascade delete or restrict delete[^)\n]*)\)/,
    /(?<detail>\bmust specify either cascade delete or restrict delete for required lookup foreign key)/,
    /^(?<detail>required must not be specified)/,
    /(?<detail>\bYou cannot set a default value[^\n]*)/,
    /(?<detail>\bPicklist sharing is not supported)/,
    /(?<detail>\bField:?\s?(?<field>[\w.]+) must not be Required)/,
    /(?<detail>\bThe sum of the length and decimal places must be an integer less than or equal to \d+[^\n]*)/
  ],
  explanation:
    'The field XML combines settings the field type does not accept: required on a master-detail or long text field, a delete constraint on master-detail, a default value where none is allowed, or a standard field file shaped like a custom one.',
  remediation: [
    "Edit the field's .field-meta.xml and remove or change the setting the failure names ({detail}).",
    'Master-detail fields are always required: drop <required> and <deleteConstraint> from them.',
    'Redeploy the field: `sf project deploy start --metadata CustomField:<Object>.<Field>`.'
  ],
  docs: [
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm',
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_result.htm'
  ],
  retryable: false
})
