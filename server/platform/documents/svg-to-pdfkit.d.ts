// svg-to-pdfkit ships no types; this covers the part the PDF renderer uses.
declare module 'svg-to-pdfkit' {
  type SvgToPdfOptions = {
    /** Size of the viewport in PDF points; the SVG's viewBox is fitted into it. */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Which registered pdfkit font draws a text of this family and weight. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: { fauxBold: boolean; fauxItalic: boolean }) => string;
    warningCallback?: (message: string) => void;
    assumePt?: boolean;
  };
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void;
  export = SVGtoPDF;
}
