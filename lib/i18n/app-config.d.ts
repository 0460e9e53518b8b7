import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys for next-intl's hooks and getTranslations: a key not in the English catalog is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
