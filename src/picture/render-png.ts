/** SVG to PNG through resvg, with the picture's own fonts and none of the system's. */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { DEFAULT_FAMILY, fontFiles } from './fonts.js';

let options: ResvgRenderOptions | undefined;

/**
 * The PNG of an SVG document, drawn at its own size. Laid out and drawn on libuv's thread pool
 * (renderAsync), not on the bot's event loop: a month of 200 meetings takes a tenth of a
 * second or more of layout, in which reminders and other commands go on.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  options ??= {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: DEFAULT_FAMILY },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  };
  const image = await renderAsync(svg, options);
  return image.asPng();
}
