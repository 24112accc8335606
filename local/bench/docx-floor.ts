// The floor of the Word rows of `npm run bench`: what the docx library itself costs to write a
// document of one numbered, justified paragraph of one run per activity, as the report sets an
// activity, with none of the report's own work (no model, no headings, no footnotes).
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";

const NUMBERING = "floor";

export function docxFloor(texts: readonly string[]): Promise<Buffer> {
  const language = { value: "fr-FR" };
  const document = new Document({
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: texts.map(
          (text) =>
            new Paragraph({
              numbering: { reference: NUMBERING, level: 0 },
              alignment: AlignmentType.JUSTIFIED,
              children: [new TextRun({ text, language })],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}
