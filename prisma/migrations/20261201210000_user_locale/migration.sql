-- The language a user chose for Cleared; null follows the browser's languages.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;

-- Only the languages Cleared speaks. A trigger rather than a CHECK constraint: Prisma's schema
-- engine cannot describe CHECK constraints through the driver adapter (see the supervision
-- exceptions migration), which would break every schema diff.
CREATE FUNCTION user_locale_valid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."locale" IS NOT NULL AND NEW."locale" NOT IN ('en', 'es') THEN
    RAISE EXCEPTION 'a user''s language is en, es or none' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "User_locale_valid" BEFORE INSERT OR UPDATE OF "locale" ON "User" FOR EACH ROW EXECUTE FUNCTION user_locale_valid();
