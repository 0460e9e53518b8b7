import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Besides Next's rules, this enforces the architecture: imports flow app -> components -> lib, only
 * data.ts / mutations.ts (and the database tooling) touch Prisma, and lib/ stays free of Next.js
 * except in actions.ts and the authorization guard.
 */
const prismaClient = {
  group: ["@/lib/db/client", "**/db/client", "@/lib/db/generated/*", "**/db/generated/*"],
  message: "Only lib/**/data.ts and lib/**/mutations.ts read or write the database.",
};
const nextImports = {
  group: ["next", "next/*", "!next/server"],
  message: "lib/ is plain TypeScript: only lib/**/actions.ts, the guard (lib/auth/guard.ts, lib/auth/session.ts) and the request's language (lib/i18n/request.ts) may import Next.js.",
};

const config = [
  { ignores: ["lib/db/generated/**", ".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaClient] }] },
  },
  {
    // Every word a user reads comes from a message catalog (lib/i18n/messages): text written
    // straight into a page or component is an error. Punctuation, arrows and the product's name are not words to translate.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: false, ignoreProps: true, allowedStrings: ["Cleared", "·", "—", "–", ":", "):", "(", ")", "[", "]", "/", "*", "×", "…", ",", ".", "“", "”", "%", "+", "-", "→", "←", "↳", "▾", "✓", "|"] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [prismaClient, { group: ["@/app/*"], message: "Components must not import from app/ (imports flow app -> components -> lib)." }] },
      ],
    },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/**/data.ts", "lib/**/mutations.ts", "lib/db/**", "lib/**/actions.ts", "lib/auth/guard.ts", "lib/auth/session.ts", "lib/i18n/request.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [prismaClient, nextImports, { group: ["@/app/*", "@/components/*"], message: "lib/ must not import from app/ or components/." }] },
      ],
    },
  },
  {
    files: ["lib/**/data.ts", "lib/**/mutations.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [nextImports, { group: ["@/app/*", "@/components/*"], message: "lib/ must not import from app/ or components/." }] }],
    },
  },
];
export default config;
