import { ISSUE_TEXT, setIssueTexts } from '../../api/issue-text'
import { defineText } from './language'

/**
 * Texts of src/api that the browser shows (src/api is shared with the server and the simulator,
 * which write Norwegian and never load this): registered here, so they follow the page's language.
 */
const ISSUES = defineText('api.issueText', ISSUE_TEXT)
declare module './messages' {
  interface Messages {
    'api.issueText': typeof ISSUES
  }
}

setIssueTexts(ISSUES)
