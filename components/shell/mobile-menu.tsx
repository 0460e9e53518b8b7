import { useTranslations } from "next-intl";
import { HeaderMenu } from "./header-menu";

/** The phone menu: every link of the header, folded behind one button on narrow screens. */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shell");
  return (
    <HeaderMenu label={t("menu")} className="xl:hidden" summaryClassName="flex min-h-11 items-center rounded-md px-3 text-sm font-medium ring-1 ring-slate-300">
      {children}
    </HeaderMenu>
  );
}
