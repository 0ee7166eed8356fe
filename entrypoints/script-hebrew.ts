import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerScriptGroup } from '../utils/matching/script-group-registry';
import { hebrew } from '../utils/matching/script-groups.generated';

// The hebrew script group's aliases and words, imported by the page app on pages holding text in that script
// (see utils/matching/script-groups.ts).
export default defineUnlistedScript(() => {
  registerScriptGroup('hebrew', hebrew);
});
