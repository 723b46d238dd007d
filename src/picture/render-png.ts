/** SVG to PNG through resvg, with the picture's own fonts and none of the system's. */
import { Resvg } from '@resvg/resvg-js';
import { DEFAULT_FAMILY, fontFiles } from './fonts.js';

let files: string[] | undefined;

/** The PNG of an SVG document, drawn at its own size. */
export function renderPng(svg: string): Buffer {
  files ??= fontFiles();
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: DEFAULT_FAMILY },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
