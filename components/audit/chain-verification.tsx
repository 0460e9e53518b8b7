import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { describeBreak, type ChainCheck } from "@/lib/audit/chain";

/** The result of walking the chain from genesis (when asked for), and the head export. */
export function ChainVerification({ check }: { check: ChainCheck | null }) {
  return (
    <div className="space-y-3">
      {check ? (
        check.firstBreak ? (
          <Alert tone="error" title={`Chain broken at event #${check.firstBreak.seq}`}>
            {describeBreak(check.firstBreak)} {check.count} events checked. No chain head can be exported until this is resolved.
          </Alert>
        ) : (
          <Alert tone="success" title={`Chain intact: ${check.count} events`}>
            Head hash <code className="break-all font-mono text-xs">{check.headHash}</code>
            {check.headSeq ? ` at event #${check.headSeq}` : ""}
          </Alert>
        )
      ) : (
        <p className="text-sm text-muted">Recomputes the hash of every event, from the first to the last.</p>
      )}
      <p className="text-sm text-muted">
        Keep an exported chain head outside Cleared (a records system, an email to the surveyor): a later check against it shows whether anyone rewrote or truncated the trail since, even with
        every hash recomputed.
      </p>
      <div className="flex flex-wrap gap-2">
        <form action="/audit">
          <input type="hidden" name="verify" value="1" />
          <button type="submit" className={buttonClass("primary")}>
            Verify chain now
          </button>
        </form>
        {check?.firstBreak ? null : (
          <a href="/api/audit/head" download className={buttonClass("secondary")}>
            Export chain head
          </a>
        )}
      </div>
    </div>
  );
}
