import { useTranslations } from "next-intl";

type Tone = "info" | "success" | "warning" | "error";

const TONES: Record<Tone, { box: string; icon: string }> = {
  info: { box: "border-sky-300 bg-sky-50 text-sky-950", icon: "ℹ" },
  success: { box: "border-emerald-300 bg-emerald-50 text-emerald-950", icon: "✓" },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: "!" },
  error: { box: "border-red-300 bg-red-50 text-red-950", icon: "✕" },
};

/** A message box; errors are announced at once, other tones politely. */
export function Alert({ tone = "info", title, children, id }: { tone?: Tone; title?: string; children?: React.ReactNode; id?: string }) {
  const t = TONES[tone];
  const words = useTranslations("common");
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`flex gap-3 rounded-md border p-3 text-sm ${t.box}`}>
      <span aria-hidden="true" className="mt-0.5 font-bold">
        {t.icon}
      </span>
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">
          <span className="sr-only">{words(`alert.${tone}`)}: </span>
          {title}
        </p>
        {children ? <div className="break-words">{children}</div> : null}
      </div>
    </div>
  );
}
