"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { createToken, revokeToken } from "./mutations";
import { createTokenSchema, tokenIdSchema } from "./schema";

// Tokens act across the organization, so only those who manage sign-ins manage them.
const organization = () => ({ kind: "organization" as const });

export const createTokenAction = authorizedAction(
  "createTokenAction",
  { permission: "user.manage", input: createTokenSchema, target: organization },
  async ({ input, context }) => {
    const outcome = await createToken(input, context);
    if (outcome.ok) revalidatePath("/admin/tokens");
    return outcome;
  },
);

export const revokeTokenAction = authorizedAction(
  "revokeTokenAction",
  { permission: "user.manage", input: tokenIdSchema, target: organization },
  async ({ input, context }) => {
    const outcome = await revokeToken(input.tokenId, context);
    if (outcome.ok) revalidatePath("/admin/tokens");
    return outcome;
  },
);
