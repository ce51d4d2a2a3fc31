import type { Phrases } from './types.js';

/** English. */
export const EN: Phrases = {
  quotes: ['“', '”'],
  listSeparator: '; ',
  fullStop: '.',

  resolvedSummary: 'We have resolved the issue you reported ({problem}).',
  whatFixedIt: 'We applied this fix and it solved the problem.',
  stepsTaken: 'Steps taken: {steps}.',
  verifiedOn: 'We verified that everything works as expected on {time}',
  recordedWorking: 'The fix was recorded as working when it was applied; no separate check was recorded',
  recordedWorkingOn:
    'The fix was recorded as working when it was applied on {time}; no separate check was recorded',
  ifItComesBack: 'If the problem comes back, reply to this ticket and we will pick it up again',

  closingIntro: 'This ticket is being closed without a confirmed fix for the issue you reported ({problem}).',
  closingNoFix: 'No fix was applied.',
  closingFailed: 'Our latest attempt, {fix}, did not solve the problem.',
  closingPartial: 'Our latest attempt, {fix}, improved things but did not fully solve the problem.',
  closingProposed: 'The planned fix {fix} was not applied.',
  closingTried: {
    one: 'The one fix we applied is listed below with its outcome.',
    other: 'The {count} fixes we applied are listed below with their outcomes.',
  },
  closingPlanned: 'The planned fix {fix} was not applied: reply to this ticket if you want us to apply it',
  reopen:
    'If the problem is still there or comes back, reply to this ticket to reopen it and we will pick it up again',

  appliedAsPlanned: 'Applied as planned',
  appliedOn: 'Applied on {date}',
  noSteps: 'No steps were recorded',
  steps: 'Steps: {steps}',
  moreSteps: { one: ' and {count} more', other: ' and {count} more' },

  applyPlanned: 'Apply the planned fix {fix} and check whether the problem is gone',
  findOutWhy: 'Find out why {fix} did not help before trying a different fix',
  findOutWhyReason: 'Find out why {fix} did not help ({reason}) before trying a different fix',
  workOnRest: 'Work on what still does not work',
  workOnRestNotes: 'Work on what still does not work: {notes}',
  diagnose: 'Continue diagnosing the cause and propose a first fix',
  checkFindings: 'Check the findings above before repeating a fix that was already tried',

  hypothesisNone: 'No fix has been proposed yet, so there is no working theory beyond the findings',
  hypothesisSuccess: '{fix} worked, which points at what it changed as the cause',
  hypothesisPartial:
    '{fix} helped only in part, so the cause is probably related to what it changed but not fully addressed by it',
  hypothesisFailed: {
    one: 'The cause is not identified yet: {count} fix failed, most recently {fix}, which makes what it addressed a less likely cause',
    other:
      'The cause is not identified yet: {count} fixes failed, most recently {fix}, which makes what they addressed a less likely cause',
  },
  hypothesisProposed: '{fix} is planned but untested, so the working theory is the one it is based on',
  latestDecision: 'Latest recorded decision: {decision}',
  latestDecisionWhy: 'Latest recorded decision: {decision} ({rationale})',
  furtherFindings: {
    one: '{count} further finding is recorded in the session',
    other: '{count} further findings are recorded in the session',
  },

  headingResolution: 'Resolution',
  labelWhatFixedIt: 'What fixed it',
  labelHowConfirmed: 'How we confirmed it',
  headingWhatElseTried: 'What else we tried',
  headingClosedUnresolved: 'Closed without a confirmed fix',
  headingWhatWeTried: "What we've tried",
  headingNextSteps: 'Next steps',
  nothingApplied: 'Nothing applied yet.',
  escalationTitles: [
    'Problem',
    "What we've confirmed",
    "What we've tried",
    'Current hypothesis',
    'Suggested next steps',
  ],
  nothingConfirmed: 'Nothing confirmed yet beyond the problem as reported.',
  noFixApplied: 'No fix applied yet.',
  outcomeWorked: 'worked',
  outcomeWorkedVerified: 'worked (verified {time})',
  outcomeFailed: 'did not fix it',
  outcomeFailedReason: 'did not fix it: {reason}',
  outcomePartial: 'helped only in part',
  outcomePartialNotes: 'helped only in part: {notes}',
  outcomeNotApplied: 'not applied yet',
  appliedAt: '(applied {time})',
};
