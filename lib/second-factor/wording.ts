import { say } from "@/lib/i18n/said";

/** Said (lib/i18n/said.ts): the actions word them for whoever is signing in or managing their app. */
export const SECOND_FACTOR_MESSAGES = {
  codeRefused: say("secondFactor.outcome.codeRefused"),
  setupCodeWrong: say("secondFactor.outcome.setupCodeWrong"),
  currentCodeRefused: say("secondFactor.outcome.currentCodeRefused"),
  setupExpired: say("secondFactor.outcome.setupExpired"),
  throttled: (minutes: number) => say("secondFactor.outcome.throttled", { minutes }),
  notEnrolled: say("secondFactor.outcome.notEnrolled"),
  requiredByRole: say("secondFactor.outcome.requiredByRole"),
  removed: say("secondFactor.outcome.removed"),
  resetOwn: say("secondFactor.outcome.resetOwn"),
  reset: (email: string) => say("secondFactor.outcome.reset", { email }),
  alreadyVerified: say("secondFactor.outcome.alreadyVerified"),
  sessionEnded: say("secondFactor.outcome.sessionEnded"),
};
