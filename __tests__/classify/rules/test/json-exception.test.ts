import rule from '../../../../src/classify/rules/test/json-exception.js'
import { describeRule } from '../rule-cases.js'

describeRule(rule, {
  positives: [
    {
      // Apex JSON parser wording (research 5.5)
      text: "System.JSONException: Unexpected character ('<' (code 60)): expected a valid value (number, String, array, object, 'true', 'false' or 'null') at input location [1,2]"
    },
    {
      // Apex typed deserialisation
      text: "System.JSONException: Malformed JSON: Expected '{' at the beginning of object",
      surface: 'log'
    }
  ],
  negatives: [{ text: 'JSON output written to results.json', surface: 'log' }]
})
