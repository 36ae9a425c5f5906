package se.trygghetsnav.mapping;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The round's table and free texts as Excel, CSV (semicolon, BOM) and PDF. */
@Component
class MappingExports {

    private static final CSVFormat EXCEL_SV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final List<String> OPTIONS = List.of("YES", "NO", "DONT_KNOW");

    private final MessageSource messages;

    MappingExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] excel(MappingRound round, MappingTable table, List<MappingService.FreeTextGroup> freeTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Trygghetsnav", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("mapping.xlsx.table"));
            sheet.value(0, 0, round.name());
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, text("mapping.results.respondents", table.respondents()));
            String[] header = header();
            for (int column = 0; column < header.length; column++) {
                sheet.value(3, column, header[column]);
                sheet.style(3, column).bold().set();
            }
            int row = 4;
            for (MappingTable.Row question : table.questions()) {
                sheet.value(row, 0, question.id());
                sheet.value(row, 1, question.text());
                int column = 2;
                for (String option : OPTIONS) {
                    sheet.value(row, column++, question.counts().getOrDefault(option, 0));
                }
                for (String option : OPTIONS) {
                    sheet.value(row, column++, question.percent().getOrDefault(option, 0));
                }
                row++;
            }
            Worksheet texts = workbook.newWorksheet(text("mapping.xlsx.freeTexts"));
            texts.value(0, 0, text("mapping.export.question"));
            texts.value(0, 1, text("mapping.export.municipality"));
            texts.value(0, 2, text("mapping.export.answer"));
            int line = 1;
            for (MappingService.FreeTextGroup group : freeTexts) {
                for (MappingService.FreeText answer : group.answers()) {
                    texts.value(line, 0, group.text());
                    texts.value(line, 1, answer.municipality());
                    texts.value(line++, 2, answer.text());
                }
                for (MappingService.FreeText answer : group.followUps()) {
                    texts.value(line, 0, group.text() + " – " + group.followUp());
                    texts.value(line, 1, answer.municipality());
                    texts.value(line++, 2, answer.text());
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] csv(MappingTable table) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, EXCEL_SV)) {
            printer.printRecord("fråga_id", "fråga", "ja", "nej", "vet_ej", "ja_procent", "nej_procent", "vet_ej_procent",
                    "antal_svar");
            for (MappingTable.Row row : table.questions()) {
                printer.printRecord(row.id(), row.text(), row.counts().get("YES"), row.counts().get("NO"),
                        row.counts().get("DONT_KNOW"), row.percent().get("YES"), row.percent().get("NO"),
                        row.percent().get("DONT_KNOW"), table.respondents());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(MappingRound round, MappingTable table, List<MappingService.FreeTextGroup> freeTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(round.name(), title));
        document.add(new Paragraph(text("mapping.results.respondents", table.respondents()), body));
        PdfPTable pdfTable = new PdfPTable(new float[] {8, 1, 1, 1, 1, 1, 1});
        pdfTable.setWidthPercentage(100);
        pdfTable.setSpacingBefore(10);
        String[] header = header();
        for (int column = 1; column < header.length; column++) {
            pdfTable.addCell(new PdfPCell(new Phrase(header[column], bold)));
        }
        for (MappingTable.Row row : table.questions()) {
            pdfTable.addCell(new PdfPCell(new Phrase(row.text(), body)));
            for (String option : OPTIONS) {
                pdfTable.addCell(number(String.valueOf(row.counts().getOrDefault(option, 0)), body));
            }
            for (String option : OPTIONS) {
                pdfTable.addCell(number(row.percent().getOrDefault(option, 0) + " %", body));
            }
        }
        document.add(pdfTable);
        for (MappingService.FreeTextGroup group : freeTexts) {
            Paragraph question = new Paragraph(group.text(), heading);
            question.setSpacingBefore(10);
            document.add(question);
            for (MappingService.FreeText answer : group.answers()) {
                document.add(new Paragraph(answer.municipality() + ": " + answer.text(), body));
            }
            if (!group.followUps().isEmpty()) {
                document.add(new Paragraph(group.followUp(), bold));
                for (MappingService.FreeText answer : group.followUps()) {
                    document.add(new Paragraph(answer.municipality() + ": " + answer.text(), body));
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private String[] header() {
        return new String[] {text("mapping.export.id"), text("mapping.export.question"), text("mapping.results.count.yes"),
                text("mapping.results.count.no"), text("mapping.results.count.dontKnow"), text("mapping.results.percent.yes"),
                text("mapping.results.percent.no"), text("mapping.results.percent.dontKnow")};
    }

    private static PdfPCell number(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, SWEDISH);
    }
}
