package eu.praxis.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small generated PDFs (PDFBox) for the demo's attachments: a title and a few paragraphs. PDF only:
 * generating DOCX with Apache POI at start-up cost more than a second of class loading. The standard
 * PDF fonts cover Western European text only (WinAnsi).
 */
final class DemoDocuments {

    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private DemoDocuments() {}

    static byte[] pdf(String title, List<String> paragraphs) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var content = new PDPageContentStream(document, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try {
                for (var line : wrap(title, bold, 16)) {
                    y = write(content, bold, 16, line, y);
                }
                y -= 10;
                for (var paragraph : paragraphs) {
                    for (var line : wrap(paragraph, regular, 11)) {
                        if (y < MARGIN) {
                            content.close();
                            page = new PDPage(PDRectangle.A4);
                            document.addPage(page);
                            content = new PDPageContentStream(document, page);
                            y = PDRectangle.A4.getHeight() - MARGIN;
                        }
                        y = write(content, regular, 11, line, y);
                    }
                    y -= 8;
                }
            } finally {
                content.close();
            }
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float write(PDPageContentStream content, PDType1Font font, float size, String line, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(line);
        content.endText();
        return y - size * 1.4f;
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split("\\s+")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
