/**
 * An email address that wraps where a reader expects, before the "@" and before each dot of the
 * domain, never mid-word (as `break-all` did); only an address longer than its column at none of
 * those points breaks anywhere, and that rule applies to the address alone.
 */
export function EmailAddress({ email, className = "" }: { email: string; className?: string }) {
  const at = email.lastIndexOf("@");
  const local = at < 0 ? email : email.slice(0, at);
  const domain = at < 0 ? [] : email.slice(at + 1).split(".");
  return (
    <span className={`[overflow-wrap:anywhere] ${className}`}>
      {local}
      {domain.map((part, i) => (
        <span key={i}>
          <wbr />
          {i === 0 ? "@" : "."}
          {part}
        </span>
      ))}
    </span>
  );
}
