package se.trygghetsnav.barometer;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import com.lowagie.text.Chunk;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The result as a PDF document: scores with bars, the comparison and the development list. */
@Component
class BarometerPdf {

    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color AVERAGE = new Color(0x6b, 0x6b, 0x6b);
    private static final Color TRACK = new Color(0xe6, 0xe9, 0xef);

    private final MessageSource messages;

    BarometerPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(BarometerResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, ACCENT);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, AVERAGE);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("barometer.result.title", locale));
        document.open();

        document.add(new Paragraph(text("barometer.result.title", locale), title));
        document.add(new Paragraph(text("barometer.result.completedOn", locale, result.completedOn()), small));
        Paragraph total = new Paragraph();
        total.setSpacingBefore(12);
        total.add(new Chunk(text("barometer.result.total", locale) + ": ", heading));
        total.add(new Chunk(result.totalScore() + " / 100 – " + text(result.levelCode().messageKey(), locale), heading));
        document.add(total);

        PdfPTable table = new PdfPTable(new float[] {5, 1.2f, 4, 1.4f, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String key : new String[] {"barometer.result.section", "barometer.result.score", "barometer.result.chart",
                "barometer.result.average", "barometer.result.dontKnow"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), bold));
            cell.setBorder(PdfPCell.BOTTOM);
            table.addCell(cell);
        }
        for (BarometerResult.SectionResult section : result.sections()) {
            table.addCell(plain(section.number() + ". " + section.title(), body));
            table.addCell(plain(String.valueOf(section.score()), body));
            table.addCell(bar(section.score()));
            table.addCell(plain(section.average() == null ? "–" : String.valueOf(section.average()), body));
            table.addCell(plain(String.valueOf(section.dontKnow()), body));
        }
        document.add(table);
        String comparison = result.comparison().available()
                ? text("barometer.result.comparison.available", locale, result.comparison().respondents())
                : text("barometer.result.comparison.pending", locale, result.comparison().minimum());
        document.add(new Paragraph(comparison, small));

        Paragraph developmentHeading = new Paragraph(text("barometer.result.development", locale), heading);
        developmentHeading.setSpacingBefore(16);
        document.add(developmentHeading);
        String currentSection = null;
        for (BarometerResult.DevelopmentItem item : result.developmentList()) {
            if (!item.sectionId().equals(currentSection)) {
                currentSection = item.sectionId();
                Paragraph sectionTitle = new Paragraph(item.sectionTitle(), bold);
                sectionTitle.setSpacingBefore(8);
                document.add(sectionTitle);
            }
            Paragraph question = new Paragraph(item.question() + " (" + text(item.answer().messageKey(), locale) + ")", body);
            question.setIndentationLeft(10);
            document.add(question);
            Paragraph advice = new Paragraph(item.recommendation(), small);
            advice.setIndentationLeft(20);
            advice.setSpacingAfter(4);
            document.add(advice);
        }
        if (result.developmentList().isEmpty()) {
            document.add(new Paragraph(text("barometer.result.development.none", locale), body));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell plain(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell bar(int score) {
        PdfPTable bar = new PdfPTable(score == 0 || score == 100 ? 1 : 2);
        if (score > 0 && score < 100) {
            bar.setWidths(new float[] {score, 100 - score});
        }
        if (score > 0) {
            bar.addCell(filled(ACCENT));
        }
        if (score < 100) {
            bar.addCell(filled(TRACK));
        }
        PdfPCell cell = new PdfPCell(bar);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell filled(Color color) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(color);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setFixedHeight(9);
        return cell;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
