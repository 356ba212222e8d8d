import { Resvg } from '@resvg/resvg-js';
import { notoSansTtfFiles } from './fonts';

/**
 * An SVG as PNG, `scale` times its size (2: sharp when printed), drawn with Noto Sans only — no system fonts, so
 * the picture is the same on every server and no time goes into scanning the system's font folders.
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: notoSansTtfFiles(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
