package se.trygghetsnav.barometer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.survey.AnswerOption;

/** The operator's view of the barometer: anonymous statistics and contact requests. */
@Controller
@RequestMapping("/operator/barometern")
class BarometerOperatorController {

    /** Semicolon-separated with a byte order mark, as Swedish Excel expects. */
    private static final CSVFormat EXCEL_SV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private final BarometerStatistics statistics;

    BarometerOperatorController(BarometerStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("overview", statistics.overview());
        model.addAttribute("contacts", statistics.contactRequests());
        model.addAttribute("levels", Level.values());
        model.addAttribute("options", AnswerOption.values());
        return "operator/barometer";
    }

    @GetMapping("/kontakter/{id}/resultat")
    String linkedResult(@PathVariable UUID id, Model model) {
        model.addAttribute("result", statistics.linkedResult(id));
        model.addAttribute("operatorView", true);
        return "barometer/result-print";
    }

    @PostMapping("/kontakter/{id}/ta-bort")
    String deleteContact(@PathVariable UUID id, RedirectAttributes flash) {
        flash.addFlashAttribute("message", statistics.deleteContactRequest(id)
                ? "operator.contact.deleted" : "operator.contact.alreadyDeleted");
        return "redirect:/operator/barometern";
    }

    @GetMapping("/statistik.csv")
    ResponseEntity<byte[]> statisticsCsv() {
        BarometerStatistics.Overview overview = statistics.overview();
        return csv("trygghetsbarometern-statistik.csv", printer -> {
            printer.printRecord("område", "fråga_id", "fråga", "ja", "ja_procent", "delvis", "delvis_procent", "nej",
                    "nej_procent", "vet_ej", "vet_ej_procent", "antal_svar");
            for (BarometerStatistics.SectionDistribution section : overview.sections()) {
                for (BarometerStatistics.QuestionDistribution question : section.questions()) {
                    List<Object> row = new ArrayList<>(List.of(section.title(), question.id(), question.text()));
                    question.answers().forEach(cell -> {
                        row.add(cell.shownCount());
                        row.add(cell.shownPercent());
                    });
                    row.add(overview.responses());
                    printer.printRecord(row);
                }
            }
        });
    }

    @GetMapping("/kontakter.csv")
    ResponseEntity<byte[]> contactsCsv() {
        return csv("trygghetsbarometern-kontaktforfragningar.csv", printer -> {
            printer.printRecord("datum", "namn", "titel", "organisation", "e-post", "kopplat_resultat");
            for (BarometerStatistics.ContactRequest contact : statistics.contactRequests()) {
                printer.printRecord(contact.requestedOn(), contact.name(), contact.title(), contact.organisation(),
                        contact.email(), contact.responseId() == null ? "nej" : "ja");
            }
        });
    }

    private ResponseEntity<byte[]> csv(String filename, CsvWriter writer) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, EXCEL_SV)) {
            writer.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface CsvWriter {
        void write(CSVPrinter printer) throws IOException;
    }
}
