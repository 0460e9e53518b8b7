export function BrandMark({ size = "md" }: { size?: "md" | "lg" }) {
  const box = size === "lg" ? "size-10 text-xl" : "size-7 text-base";
  return (
    <span className="inline-flex items-center gap-2 font-bold tracking-tight text-brand-800">
      <span aria-hidden="true" className={`inline-flex items-center justify-center rounded-md bg-brand-700 text-white ${box}`}>
        ✓
      </span>
      <span className={size === "lg" ? "text-2xl" : "text-lg"}>Cleared</span>
    </span>
  );
}
