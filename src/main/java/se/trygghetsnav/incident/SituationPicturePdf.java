package se.trygghetsnav.incident;

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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureEvent;

/** The lägesbild and the action plan as PDF documents, in the reader's language (Swedish by default). */
@Component
class SituationPicturePdf {

    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    private static final Color ALERT = new Color(0xb0, 0x1e, 0x2e);

    private final MessageSource messages;

    SituationPicturePdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The lägesbild: heading, the three parts with the mapping as tables, the choices of sources, the problems. */
    byte[] picture(SituationPictureDocument document, String municipalityName, List<HotspotAnalysis.Cell> hotSpots) {
        Writer pdf = new Writer(document.picture().title());
        SituationPicture picture = document.picture();
        PeriodPictureMapping mapping = document.mapping();
        pdf.title(picture.title());
        pdf.small(text("picture.period", picture.from(), picture.to(), municipalityName));
        pdf.small(text("picture.pdf.law"));

        pdf.heading(text("picture.part.mapping"));
        pdf.body(text("picture.mapping.total", mapping.total()));
        BigDecimal police = mapping.police().percentReported();
        pdf.body(text("picture.mapping.police.summary", police == null ? "–" : decimal(police), mapping.police().yes(),
                mapping.police().no(), mapping.police().dontKnow()));
        if (mapping.busiestWeekday() != null) {
            pdf.body(text("picture.mapping.busiest", text("picture.weekday." + mapping.busiestWeekday()),
                    hour(mapping.busiestHour())));
        }
        PdfPTable categories = pdf.table(new float[] {5, 1.2f, 1.2f}, "picture.mapping.category", "picture.mapping.count",
                "picture.mapping.share");
        for (PeriodPictureMapping.NamedCount row : mapping.categories()) {
            pdf.row(categories, row.name(), String.valueOf(row.count()), percent(mapping.share(row.count())));
        }
        pdf.add(categories, text("picture.mapping.categories"));
        PdfPTable areas = pdf.table(new float[] {5, 1.2f, 1.2f}, "picture.mapping.area", "picture.mapping.count",
                "picture.mapping.share");
        for (PeriodPictureMapping.NamedCount row : mapping.areas()) {
            pdf.row(areas, row.name(), String.valueOf(row.count()), percent(mapping.share(row.count())));
        }
        pdf.row(areas, text("picture.mapping.withoutArea"), String.valueOf(mapping.withoutArea()),
                percent(mapping.share(mapping.withoutArea())));
        pdf.add(areas, text("picture.mapping.areas"));
        PdfPTable months = pdf.table(new float[] {3, 1.2f}, "picture.mapping.month", "picture.mapping.count");
        for (PeriodPictureMapping.MonthCount row : mapping.months()) {
            pdf.row(months, row.month(), String.valueOf(row.count()));
        }
        pdf.add(months, text("picture.mapping.months"));
        PdfPTable hot = pdf.table(new float[] {4, 1.2f, 1.2f, 1.2f}, "report.area", "map.count", "map.z", "map.confidence");
        for (HotspotAnalysis.Cell cell : hotSpots) {
            pdf.row(hot, cell.areaName() == null ? text("map.noArea") : cell.areaName(), String.valueOf(cell.count()),
                    String.format(java.util.Locale.ROOT, "%.2f", cell.z()), cell.confidence() + " %");
        }
        if (hotSpots.isEmpty()) {
            pdf.body(text("map.hotspots.none"));
        } else {
            pdf.add(hot, text("picture.hotspots.caption"));
        }
        pdf.subheading(text("picture.field.mappingComment"));
        pdf.prose(picture.mappingComment(), text("picture.text.none"));

        pdf.heading(text("picture.part.other"));
        pdf.prose(picture.otherInformation(), text("picture.text.none"));
        pdf.heading(text("picture.part.analysis"));
        pdf.prose(picture.analysis(), text("picture.text.none"));

        pdf.heading(text("picture.part.sources"));
        for (String field : List.of("problemSelection", "sourcesUsed", "sourcesLeftOut", "sourceLimitations")) {
            pdf.subheading(text("picture.field." + field));
            pdf.prose(switch (field) {
                case "problemSelection" -> picture.problemSelection();
                case "sourcesUsed" -> picture.sourcesUsed();
                case "sourcesLeftOut" -> picture.sourcesLeftOut();
                default -> picture.sourceLimitations();
            }, text("picture.text.none"));
        }

        pdf.heading(text("picture.problems"));
        if (document.problems().isEmpty()) {
            pdf.body(text("picture.problems.none"));
        }
        for (SituationPictureProblem problem : document.problems()) {
            problem(pdf, problem);
        }
        return pdf.finish();
    }

    /** The action plan: per problem its finding, goal and measures; problems without a measure are marked. */
    byte[] actionPlan(ActionPlan plan, String municipalityName) {
        SituationPicture picture = plan.picture();
        Writer pdf = new Writer(text("actionPlan.title", picture.title()));
        pdf.title(text("actionPlan.title", picture.title()));
        pdf.small(text("picture.period", picture.from(), picture.to(), municipalityName));
        pdf.small(text("actionPlan.pdf.summary", plan.items().size(), plan.measureCount(), plan.problemsWithoutMeasures(),
                plan.overdueCount(), plan.today()));
        if (plan.items().isEmpty()) {
            pdf.body(text("picture.problems.none"));
        }
        for (ActionPlan.Item item : plan.items()) {
            SituationPictureProblem problem = item.problem();
            problem(pdf, problem);
            if (!item.hasMeasures()) {
                pdf.alert(text("actionPlan.noMeasure"));
                continue;
            }
            PdfPTable table = pdf.table(new float[] {3.2f, 2.6f, 1.6f, 1.8f, 3.6f}, "actionPlan.measure", "actionPlan.owner",
                    "actionPlan.dueDate", "actionPlan.status", "actionPlan.latestFollowUp");
            for (ActionPlan.Entry entry : item.measures()) {
                Measure measure = entry.measure();
                String status = text(measure.status().messageKey()) + (entry.overdue() ? " – " + text("measure.overdue") : "");
                pdf.row(table, measure.title(), owner(measure), measure.dueDate() == null ? "–" : measure.dueDate().toString(),
                        status, followUp(entry.latestFollowUp()));
            }
            pdf.add(table, text("actionPlan.measures.caption", problem.title()));
        }
        return pdf.finish();
    }

    private void problem(Writer pdf, SituationPictureProblem problem) {
        pdf.subheading(problem.priority() + ". " + problem.title());
        pdf.labelled(text("picture.problem.finding"), problem.finding());
        pdf.labelled(text("picture.problem.whyChosen"), problem.whyChosen());
        if (problem.areaName() != null) {
            pdf.labelled(text("picture.problem.area"), problem.areaName());
        }
        if (problem.categoryName() != null) {
            pdf.labelled(text("picture.problem.category"), problem.categoryName());
        }
        SituationPictureProblem.SmartGoal goal = problem.goal();
        PdfPTable smart = pdf.table(new float[] {2, 6}, "picture.goal.part", "picture.goal.content");
        pdf.row(smart, text("picture.goal.specific"), dash(goal.specific()));
        pdf.row(smart, text("picture.goal.measurable"), dash(goal.measurable()));
        pdf.row(smart, text("picture.goal.achievable"), dash(goal.achievable()));
        pdf.row(smart, text("picture.goal.relevant"), dash(goal.relevant()));
        pdf.row(smart, text("picture.goal.timeBound"), goal.timeBound() == null ? "–" : goal.timeBound().toString());
        pdf.add(smart, goal.complete() ? text("picture.goal.complete")
                : text("picture.goal.incomplete", String.join(", ", goal.missing().stream().map(p -> text("picture.goal." + p)).toList())));
    }

    private String owner(Measure measure) {
        String organisation = measure.ownerOrganisationName();
        String person = measure.ownerPerson();
        if (organisation == null && person == null) {
            return "–";
        }
        return organisation == null ? person : person == null ? organisation : organisation + ", " + person;
    }

    private String followUp(MeasureEvent event) {
        return event == null ? text("actionPlan.followUp.none")
                : event.createdAt().toLocalDate() + ": " + event.note();
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String hour(Integer hour) {
        return hour == null ? "–" : String.format("%02d–%02d", hour, (hour + 1) % 24);
    }

    private String percent(BigDecimal value) {
        return value == null ? "–" : decimal(value) + " %";
    }

    private String decimal(BigDecimal value) {
        Locale locale = LocaleContextHolder.getLocale();
        String plain = value.toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A little layer over OpenPDF with the house's fonts and spacing. */
    private final class Writer {

        private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, ACCENT);
        private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, ACCENT);
        private final Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, MUTED);
        private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        private final Font alert = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, ALERT);
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);

        Writer(String documentTitle) {
            PdfWriter.getInstance(document, out);
            document.addTitle(documentTitle);
            document.setDocumentLanguage(LocaleContextHolder.getLocale().toLanguageTag());
            document.open();
        }

        void title(String text) {
            document.add(new Paragraph(text, title));
        }

        void heading(String text) {
            Paragraph paragraph = new Paragraph(text, heading);
            paragraph.setSpacingBefore(16);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }

        void subheading(String text) {
            Paragraph paragraph = new Paragraph(text, subheading);
            paragraph.setSpacingBefore(10);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
        }

        void body(String text) {
            document.add(new Paragraph(text, body));
        }

        void small(String text) {
            document.add(new Paragraph(text, small));
        }

        void alert(String text) {
            Paragraph paragraph = new Paragraph(text, alert);
            paragraph.setSpacingBefore(4);
            document.add(paragraph);
        }

        void prose(String text, String whenEmpty) {
            if (text == null || text.isBlank()) {
                document.add(new Paragraph(whenEmpty, small));
            } else {
                document.add(new Paragraph(text, body));
            }
        }

        void labelled(String label, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Phrase(label + ": ", bold));
            paragraph.add(new Phrase(text, body));
            document.add(paragraph);
        }

        /** A table whose header row holds the texts of the keys. */
        PdfPTable table(float[] widths, String... headerKeys) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            for (String key : headerKeys) {
                PdfPCell cell = new PdfPCell(new Phrase(text(key), bold));
                cell.setBorder(PdfPCell.BOTTOM);
                cell.setPaddingBottom(4);
                table.addCell(cell);
            }
            return table;
        }

        void row(PdfPTable table, String... cells) {
            for (String content : cells) {
                PdfPCell cell = new PdfPCell(new Phrase(content, body));
                cell.setBorder(PdfPCell.BOTTOM);
                cell.setBorderColor(new Color(0xe6, 0xe9, 0xef));
                cell.setPaddingBottom(4);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }

        /** The table under its caption. */
        void add(PdfPTable table, String caption) {
            Paragraph title = new Paragraph(caption, bold);
            title.setSpacingBefore(8);
            document.add(title);
            table.setSpacingBefore(2);
            table.setSpacingAfter(6);
            document.add(table);
        }

        byte[] finish() {
            document.close();
            return out.toByteArray();
        }
    }
}
