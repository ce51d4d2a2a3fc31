// What the template generator and the markdown renderer say, in one language. Every entry is data:
// a text with named slots ({problem}, {fix}, {time}, {count}, …) that grammar.ts fills, or a set of
// plural forms keyed by the Unicode plural category of {count}. Nothing here is code, so adding a
// language is adding a table.

/** Plural forms of one phrase; `other` is required, the rest as the language distinguishes them. */
export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** The template's and the renderer's words in one language. */
export interface Phrases {
  /** The language's quotation marks, for recorded text quoted inside a sentence. */
  readonly quotes: readonly [open: string, close: string];
  /** Between the items of a list inside a sentence ("; "). */
  readonly listSeparator: string;
  /** What ends a sentence that has no end mark ("." or "。"). */
  readonly fullStop: string;

  // The customer resolution note over a successful active fix.
  /** {problem} */
  readonly resolvedSummary: string;
  readonly whatFixedIt: string;
  /** {steps} */
  readonly stepsTaken: string;
  /** {time} */
  readonly verifiedOn: string;
  readonly recordedWorking: string;
  /** {time} */
  readonly recordedWorkingOn: string;
  readonly ifItComesBack: string;

  // The customer resolution note over a fix that is not a success: such a note is posted only
  // when the technician closes the ticket anyway (`confirmUnresolved`), so it says the ticket is
  // being closed without a confirmed fix, what was tried, and how to reopen it.
  /** {problem} */
  readonly closingIntro: string;
  readonly closingNoFix: string;
  /** {fix} */
  readonly closingFailed: string;
  /** {fix} */
  readonly closingPartial: string;
  /** {fix} */
  readonly closingProposed: string;
  /** {count}: the fixes applied, listed below the summary. */
  readonly closingTried: PluralForms;
  /** {fix}: a planned fix that was not applied. */
  readonly closingPlanned: string;
  readonly reopen: string;

  // How an applied fix is summed up: for the customer, and for the next engineer.
  readonly appliedAsPlanned: string;
  /** {date} */
  readonly appliedOn: string;
  readonly noSteps: string;
  /** {steps} */
  readonly steps: string;
  /** {count}: steps left out of the bundle. */
  readonly moreSteps: PluralForms;

  // The escalation package's next steps.
  /** {fix} */
  readonly applyPlanned: string;
  /** {fix} */
  readonly findOutWhy: string;
  /** {fix} {reason} */
  readonly findOutWhyReason: string;
  readonly workOnRest: string;
  /** {notes} */
  readonly workOnRestNotes: string;
  readonly diagnose: string;
  readonly checkFindings: string;

  // The escalation package's hypothesis.
  readonly hypothesisNone: string;
  /** {fix} */
  readonly hypothesisSuccess: string;
  /** {fix} */
  readonly hypothesisPartial: string;
  /** {count} {fix} */
  readonly hypothesisFailed: PluralForms;
  /** {fix} */
  readonly hypothesisProposed: string;
  /** {decision} */
  readonly latestDecision: string;
  /** {decision} {rationale} */
  readonly latestDecisionWhy: string;
  /** {count} */
  readonly furtherFindings: PluralForms;

  // The rendered markdown: headings, and each fix's recorded outcome in words.
  readonly headingResolution: string;
  readonly labelWhatFixedIt: string;
  readonly labelHowConfirmed: string;
  readonly headingWhatElseTried: string;
  readonly headingClosedUnresolved: string;
  readonly headingWhatWeTried: string;
  readonly headingNextSteps: string;
  readonly nothingApplied: string;
  /** Problem, What we've confirmed, What we've tried, Current hypothesis, Suggested next steps. */
  readonly escalationTitles: readonly [string, string, string, string, string];
  readonly nothingConfirmed: string;
  readonly noFixApplied: string;
  readonly outcomeWorked: string;
  /** {time} */
  readonly outcomeWorkedVerified: string;
  readonly outcomeFailed: string;
  /** {reason} */
  readonly outcomeFailedReason: string;
  readonly outcomePartial: string;
  /** {notes} */
  readonly outcomePartialNotes: string;
  readonly outcomeNotApplied: string;
  /** {time} */
  readonly appliedAt: string;
}
