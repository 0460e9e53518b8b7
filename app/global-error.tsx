"use client";

import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/** As app/error.tsx, for an error in the root layout itself (it renders its own html and body). */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const unavailable = error.digest?.split("@")[0] === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>{unavailable ? "The database is briefly unavailable" : "Something went wrong"}</h1>
          <p>
            {unavailable
              ? "Cleared cannot reach its database right now, usually for a few seconds during a restart. Nothing was changed. Try again in a few seconds."
              : `Nothing was changed. Try again; if it keeps happening, tell your administrator${error.digest ? ` (reference ${error.digest})` : ""}.`}
          </p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
