/** A picture's shapes as SVG text, every text escaped for XML. */
import { FONT_FAMILY } from './fonts.js';
import type { Picture, RectShape, TextShape } from './shapes.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe inside an XML element or attribute: the five markup characters as entities, and
 * the characters XML 1.0 forbids (controls other than tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF) left out, so no title from an article can break the picture.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!).replace(NOT_XML, '');
}

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const round = (n: number) => Math.round(n * 10) / 10;

function rect(shape: RectShape): string {
  const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${shape.strokeWidth ?? 1}"` : '';
  const radius = shape.radius ? ` rx="${shape.radius}"` : '';
  return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" height="${round(shape.height)}" fill="${shape.fill}"${stroke}${radius}/>`;
}

function text(shape: TextShape): string {
  const weight = shape.weight === 'bold' ? ' font-weight="700"' : '';
  const strike = shape.strike ? ' text-decoration="line-through"' : '';
  return (
    `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}"` +
    `${weight} text-anchor="${shape.anchor}" fill="${shape.fill}"${strike}>${escapeXml(shape.text)}</text>`
  );
}

/** The picture as an SVG document. */
export function pictureSvg(picture: Picture): string {
  const body = picture.shapes.map((shape) => (shape.kind === 'rect' ? rect(shape) : text(shape))).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}">` +
    `<rect width="100%" height="100%" fill="${picture.background}"/><g font-family="${FONT_FAMILY}">${body}</g></svg>`
  );
}
