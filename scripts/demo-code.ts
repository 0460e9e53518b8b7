/**
 * `npm run demo:code`: the code an authenticator app set up with the demo staff key shows now, for
 * signing in to the demo as a manager, admin, auditor or validator without a phone.
 */
import { DEMO_TOTP_SECRET } from "../lib/demo/dataset";
import { codeAt, stepAt } from "../lib/second-factor/totp";

const now = new Date();
const secondsLeft = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${codeAt(DEMO_TOTP_SECRET, now)}  (the demo staff code for the next ${secondsLeft} s; step ${stepAt(now)})`);
