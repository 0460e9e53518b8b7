import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Received = { from: string; to: string[]; raw: string };

/**
 * A real SMTP server on a free local port, for tests: keeps what it receives, can be stopped and
 * started again on the same port (to test retries), and refuses the addresses it is told to.
 */
export async function startSmtp({ refuse = [] as string[] } = {}) {
  const received: Received[] = [];
  let port = 0;
  let server: SMTPServer;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      // Stopping cuts pooled connections at once rather than waiting 30 s for them to leave.
      closeTimeout: 50,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuse.includes(address.address)) return callback(Object.assign(new Error("5.1.1 No such user here"), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  };
  await listen();
  return {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: listen,
  };
}
