package se.trygghetsnav.incident;

import java.util.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghetsnav.measure.Measure;

/**
 * The lägesbild as an Excel workbook with three sheets: the mapping (per category, per area, per
 * month), the prioritised problems with their SMART goals, and the action plan (problem ->
 * measure). Numbers are numbers and dates real dates shown as yyyy-mm-dd, so they can be worked on.
 */
@Component
class SituationPictureExcel {

    private static final String DATE = "yyyy-mm-dd";
    private static final String PERCENT = "0.0";

    private final MessageSource messages;

    SituationPictureExcel(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(SituationPictureDocument document, ActionPlan plan, List<HotspotAnalysis.Cell> hotSpots, TimePattern pattern) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Trygghetsnav", "1.0");
            mapping(workbook.newWorksheet(text("picture.xlsx.sheet.mapping")), document);
            problems(workbook.newWorksheet(text("picture.xlsx.sheet.problems")), document);
            actionPlan(workbook.newWorksheet(text("picture.xlsx.sheet.plan")), plan);
            hotSpots(workbook.newWorksheet(text("picture.hotspots")), hotSpots, pattern);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void mapping(Worksheet sheet, SituationPictureDocument document) {
        SituationPicture picture = document.picture();
        PeriodPictureMapping mapping = document.mapping();
        sheet.value(0, 0, picture.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, text("picture.xlsx.from"));
        date(sheet, 1, 1, picture.from());
        sheet.value(2, 0, text("picture.xlsx.to"));
        date(sheet, 2, 1, picture.to());
        sheet.value(3, 0, text("picture.xlsx.total"));
        sheet.value(3, 1, mapping.total());
        sheet.value(4, 0, text("picture.xlsx.policeShare"));
        if (mapping.police().percentReported() != null) {
            sheet.value(4, 1, mapping.police().percentReported());
            sheet.style(4, 1).format(PERCENT).set();
        }

        int row = 6;
        header(sheet, row++, "picture.mapping.category", "picture.mapping.count", "picture.mapping.sharePercent");
        for (PeriodPictureMapping.NamedCount category : mapping.categories()) {
            countRow(sheet, row++, category.name(), category.count(), mapping);
        }
        row++;
        header(sheet, row++, "picture.mapping.area", "picture.mapping.count", "picture.mapping.sharePercent");
        for (PeriodPictureMapping.NamedCount area : mapping.areas()) {
            countRow(sheet, row++, area.name(), area.count(), mapping);
        }
        countRow(sheet, row++, text("picture.mapping.withoutArea"), mapping.withoutArea(), mapping);
        row++;
        header(sheet, row++, "picture.mapping.month", "picture.mapping.count");
        for (PeriodPictureMapping.MonthCount month : mapping.months()) {
            sheet.value(row, 0, month.month());
            sheet.value(row++, 1, month.count());
        }
        sheet.width(0, 40);
        sheet.width(1, 14);
        sheet.width(2, 14);
    }

    /** The hot spots, then the weekday x hour table. */
    private void hotSpots(Worksheet sheet, List<HotspotAnalysis.Cell> hotSpots, TimePattern pattern) {
        String[] header = {text("report.area"), text("map.cell"), text("map.count"), text("map.z"), text("map.confidence")};
        for (int column = 0; column < header.length; column++) {
            sheet.value(0, column, header[column]);
        }
        int row = 1;
        for (HotspotAnalysis.Cell cell : hotSpots) {
            sheet.value(row, 0, cell.areaName() == null ? text("map.noArea") : cell.areaName());
            sheet.value(row, 1, cell.cell());
            sheet.value(row, 2, cell.count());
            sheet.value(row, 3, Math.round(cell.z() * 100) / 100.0);
            sheet.value(row++, 4, cell.confidence());
        }
        row += 1;
        sheet.value(row, 0, text("map.pattern.day"));
        for (int hour = 0; hour < TimePattern.HOURS; hour++) {
            sheet.value(row, hour + 1, hour);
        }
        for (int day = 0; day < TimePattern.DAYS; day++) {
            sheet.value(++row, 0, text("day." + (day + 1)));
            for (int hour = 0; hour < TimePattern.HOURS; hour++) {
                sheet.value(row, hour + 1, pattern.counts()[day][hour]);
            }
        }
    }

    private void problems(Worksheet sheet, SituationPictureDocument document) {
        header(sheet, 0, "picture.problem.priority", "picture.problem.title", "picture.problem.finding",
                "picture.problem.whyChosen", "picture.problem.area", "picture.problem.category", "picture.goal.specific",
                "picture.goal.measurable", "picture.goal.achievable", "picture.goal.relevant", "picture.goal.timeBound",
                "picture.xlsx.goalComplete");
        int row = 1;
        for (SituationPictureProblem problem : document.problems()) {
            SituationPictureProblem.SmartGoal goal = problem.goal();
            sheet.value(row, 0, problem.priority());
            sheet.value(row, 1, problem.title());
            sheet.value(row, 2, problem.finding());
            sheet.value(row, 3, problem.whyChosen());
            text(sheet, row, 4, problem.areaName());
            text(sheet, row, 5, problem.categoryName());
            sheet.value(row, 6, goal.specific());
            sheet.value(row, 7, goal.measurable());
            sheet.value(row, 8, goal.achievable());
            sheet.value(row, 9, goal.relevant());
            date(sheet, row, 10, goal.timeBound());
            sheet.value(row, 11, text(goal.complete() ? "picture.xlsx.yes" : "picture.xlsx.no"));
            row++;
        }
        sheet.width(1, 36);
        sheet.width(2, 50);
        sheet.width(3, 40);
        sheet.freezePane(0, 1);
    }

    private void actionPlan(Worksheet sheet, ActionPlan plan) {
        header(sheet, 0, "picture.problem.priority", "picture.problem.title", "actionPlan.measure", "measure.field.ownerOrganisation",
                "measure.field.ownerPerson", "actionPlan.dueDate", "actionPlan.status", "picture.xlsx.overdue", "actionPlan.latestFollowUp");
        int row = 1;
        for (ActionPlan.Item item : plan.items()) {
            if (!item.hasMeasures()) {
                sheet.value(row, 0, item.problem().priority());
                sheet.value(row, 1, item.problem().title());
                sheet.value(row, 2, text("actionPlan.noMeasure"));
                row++;
            }
            for (ActionPlan.Entry entry : item.measures()) {
                Measure measure = entry.measure();
                sheet.value(row, 0, item.problem().priority());
                sheet.value(row, 1, item.problem().title());
                sheet.value(row, 2, measure.title());
                text(sheet, row, 3, measure.ownerOrganisationName());
                text(sheet, row, 4, measure.ownerPerson());
                date(sheet, row, 5, measure.dueDate());
                sheet.value(row, 6, text(measure.status().messageKey()));
                sheet.value(row, 7, text(entry.overdue() ? "picture.xlsx.yes" : "picture.xlsx.no"));
                if (entry.latestFollowUp() != null) {
                    sheet.value(row, 8, entry.latestFollowUp().createdAt().toLocalDate() + ": " + entry.latestFollowUp().note());
                }
                row++;
            }
        }
        sheet.width(1, 36);
        sheet.width(2, 36);
        sheet.width(3, 28);
        sheet.width(8, 50);
        sheet.freezePane(0, 1);
    }

    private void countRow(Worksheet sheet, int row, String name, long count, PeriodPictureMapping mapping) {
        sheet.value(row, 0, name);
        sheet.value(row, 1, count);
        if (mapping.share(count) != null) {
            sheet.value(row, 2, mapping.share(count));
            sheet.style(row, 2).format(PERCENT).set();
        }
    }

    private void header(Worksheet sheet, int row, String... keys) {
        for (int column = 0; column < keys.length; column++) {
            sheet.value(row, column, text(keys[column]));
            sheet.style(row, column).bold().set();
        }
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE).set();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
