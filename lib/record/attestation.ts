/** The statement a validator confirms: shown on the sign-off form and stored word for word. */
export function attestationText(validator: string, person: string, tasks: readonly string[], date: string, method: string): string {
  return `I, ${validator}, observed ${person} perform ${tasks.join(", ").toLowerCase()} competently on ${date} (${method.toLowerCase()}).`;
}
