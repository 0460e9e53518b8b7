import { defineConfig } from "prisma/config";

// Used by the standard Prisma CLI where its native engine is available
// (`prisma migrate deploy`, `prisma migrate status`); the offline project scripts read the same paths.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined },
});
