import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PdfFonts } from "./pdf";

/**
 * The report's typeface, DejaVu Sans Condensed from the dejavu-fonts-ttf package (Bitstream Vera
 * licence with public-domain DejaVu changes: free to embed, here as a subset in each PDF). Read
 * from the installed package at run time, once per process.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let loaded: Promise<PdfFonts> | null = null;

export function reportFonts(): Promise<PdfFonts> {
  loaded ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSansCondensed.ttf")), readFile(path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))])
    .then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }))
    .catch((error: unknown) => {
      loaded = null;
      throw error;
    });
  return loaded;
}
