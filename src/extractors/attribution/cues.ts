/** Reporting verbs and phrases that introduce what someone said, believes or claims. */
export const CUE_VERBS = new Set([
  'say', 'said', 'says', 'state', 'stated', 'states', 'claim', 'claimed', 'claims', 'claiming', 'warn', 'warned', 'warns', 'warning',
  'tell', 'told', 'tells', 'report', 'reported', 'reports', 'add', 'added', 'adds', 'note', 'noted', 'notes', 'estimate', 'estimated',
  'estimates', 'believe', 'believes', 'believed', 'argue', 'argued', 'argues', 'announce', 'announced', 'announces', 'confirm',
  'confirmed', 'confirms', 'reveal', 'revealed', 'reveals', 'suggest', 'suggested', 'suggests', 'explain', 'explained', 'explains',
  'insist', 'insisted', 'insists', 'acknowledge', 'acknowledged', 'acknowledges', 'deny', 'denied', 'denies', 'maintain', 'maintaining',
  'maintained', 'maintains', 'write', 'wrote', 'writes', 'predict', 'predicted', 'predicts', 'allege', 'alleged', 'alleges', 'admit',
  'admitted', 'admits', 'express', 'expressed', 'think', 'thinks', 'thought', 'assert', 'asserted', 'asserts', 'declare', 'declared',
  'declares', 'indicate', 'indicated', 'indicates', 'show', 'showed', 'shows', 'testify', 'testified', 'recall', 'recalled', 'agree', 'agreed',
]);
