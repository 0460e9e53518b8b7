/** Recovery codes, shown once right after they are made. */
export function RecoveryCodeList({ codes }: { codes: readonly string[] }) {
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Keep these codes somewhere safe, away from your phone (a password manager, or printed). Each one signs you in once if you lose the app. <strong>They are shown only now.</strong>
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
