"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "./button";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary")}>
      {t("print")}
    </button>
  );
}
