package eu.praxis.base.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of every allowed type, and hostile ones, made in code so that the repo holds no binaries. */
public final class TestFiles {

    static final String SENTENCE = "Night mediators reduced noise complaints by a third";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private TestFiles() {}

    static byte[] pdf() {
        return pdf(SENTENCE);
    }

    /** A one-page PDF whose text is the line given, which the upload check takes and Tika reads. */
    public static byte[] pdf(String line) {
        return write(out -> {
            try (var document = new PDDocument()) {
                var page = new PDPage();
                document.addPage(page);
                try (var text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 700);
                    text.showText(line);
                    text.endText();
                }
                document.save(out);
            }
        });
    }

    static byte[] docx() {
        return write(out -> {
            try (var document = new XWPFDocument()) {
                document.createParagraph().createRun().setText(SENTENCE);
                document.write(out);
            }
        });
    }

    static byte[] xlsx() {
        return write(out -> {
            try (var workbook = new XSSFWorkbook()) {
                workbook.createSheet("Results").createRow(0).createCell(0).setCellValue(SENTENCE);
                workbook.write(out);
            }
        });
    }

    static byte[] pptx() {
        return write(out -> {
            try (var slides = new XMLSlideShow()) {
                slides.createSlide().createTextBox().setText(SENTENCE);
                slides.write(out);
            }
        });
    }

    static byte[] odt() {
        return openDocument(ODT, """
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>""".formatted(SENTENCE));
    }

    static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet", """
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:spreadsheet><table:table table:name="Results"><table:table-row>
                    <table:table-cell><text:p>%s</text:p></table:table-cell>
                  </table:table-row></table:table></office:spreadsheet></office:body>
                </office:document-content>""".formatted(SENTENCE));
    }

    /** The ODF minimum: an uncompressed {@code mimetype} first (what detectors read), manifest, content. */
    private static byte[] openDocument(String mediaType, String content) {
        return write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                var mimetype = mediaType.getBytes(StandardCharsets.US_ASCII);
                var entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                var crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                put(zip, "META-INF/manifest.xml", """
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                          <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""".formatted(mediaType).getBytes(StandardCharsets.UTF_8));
                put(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    public static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        return write(out -> ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), format, out));
    }

    static byte[] text() {
        return ("Compte rendu de l'atelier : « médiation de nuit ».\n" + SENTENCE + ".\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable: DOS header with the PE offset, then the PE signature. */
    static byte[] executable() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /**
     * A DOCX-looking archive (a real document plus one part of {@code expandedBytes} zeros), as small on disk
     * as deflate makes it: about a thousandth of what it expands to.
     */
    static byte[] zipBomb(long expandedBytes) {
        return write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                copyEntries(docx(), zip);
                zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
                writeZeros(zip, expandedBytes);
            }
        });
    }

    /** A DOCX whose embedded workbook is the bomb: only looking inside nested archives finds it. */
    static byte[] nestedZipBomb(long expandedBytes) {
        return docxEmbedding(write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                writeZeros(zip, expandedBytes);
            }
        }));
    }

    /**
     * A DOCX with a workbook inside, as Word saves a document with an embedded chart: the part's type is
     * declared, as in every real package (Tika calls a package with an undeclared part application/x-tika-ooxml).
     */
    static byte[] docxEmbedding(byte[] workbook) {
        return write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                copyEntries(docx(), zip);
                put(zip, "word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook);
            }
        });
    }

    /** A DOCX with many tiny parts. */
    static byte[] manyEntries(int entries) {
        return write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                copyEntries(docx(), zip);
                for (int i = 0; i < entries; i++) {
                    put(zip, "word/media/part" + i + ".xml", new byte[] {'<', '/', '>'});
                }
            }
        });
    }

    static byte[] zip() {
        return write(out -> {
            try (var zip = new ZipOutputStream(out)) {
                put(zip, "readme.txt", SENTENCE.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static void writeZeros(ZipOutputStream zip, long bytes) throws IOException {
        var zeros = new byte[1024 * 1024];
        for (long left = bytes; left > 0; left -= zeros.length) {
            zip.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    private static void copyEntries(byte[] archive, ZipOutputStream zip) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                var content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceFirst(
                                    "<Default ", "<Default Extension=\"xlsx\" ContentType=\"" + XLSX + "\"/><Default ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                put(zip, entry.getName(), content);
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        var out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
