export const SECOND_FACTOR_MESSAGES = {
  codeRefused: "That code is not right, or it was already used. Enter the code your app shows now (or an unused recovery code).",
  setupCodeWrong: "That code does not match. Check that the app shows the Cleared entry you just added, then enter the code it shows now.",
  currentCodeRefused: "Enter the code your current app shows now (or an unused recovery code) to replace it.",
  setupExpired: "This setup was replaced or has ended. Reload the page to get a new QR code.",
  throttled: (minutes: number) =>
    `Too many wrong codes. For your security, sign-in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}. Try again later or ask your administrator to reset your second factor.`,
  notEnrolled: "Set up an authenticator app first.",
  requiredByRole: "Your role requires a second factor, so it cannot be turned off. You can replace the app instead.",
  removed: "Second factor turned off. You now sign in with your password only.",
  resetOwn: "You cannot reset your own second factor. Ask another administrator.",
  reset: (email: string) => `Second factor reset for ${email}. Their sessions have ended; they will set up a new app at their next sign-in if their role requires it.`,
  alreadyVerified: "You are already signed in. Open any page to continue.",
  sessionEnded: "Your sign-in has expired. Sign in again.",
};
