import QRCode from "qrcode";
import { otpauthUri } from "./totp";

/** The QR code an authenticator app scans, as inline SVG (no image request, nothing for CSP to allow). */
export function setupQrSvg(secret: string, account: string): Promise<string> {
  return QRCode.toString(otpauthUri(secret, account), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
