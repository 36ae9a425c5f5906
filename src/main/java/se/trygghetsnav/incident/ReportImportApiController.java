package se.trygghetsnav.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;

/** Bulk import of reports as CSV for programs; the same format as the import page. */
@RestController
@RequestMapping("/api/v1/reports/import")
@Tag(name = "Lägesbild")
class ReportImportApiController {

    private final ReportImportService imports;
    private final MessageSource messages;

    ReportImportApiController(ReportImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A started import: its id, the rows and reports it stores, and the rows it leaves out. */
    record Started(String job, int rows, long total, List<ReportImportError> errors) {}

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Importera rapporter från CSV (UTF-8, ; eller ,). Raderna sparas i bakgrunden; rader med fel hoppas över "
            + "och listas. Format: se /lagesbild/import")
    ResponseEntity<Started> start(Actor actor, @RequestBody byte[] csv) {
        String text = ReportImportParser.decode(csv).orElseThrow(() -> new ReportImportService.NothingToImportException(
                List.of(new ReportImportError(0, null, ReportImportParser.NOT_UTF8))));
        ReportImportService.ImportJob job = imports.start(actor, text);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/reports/import/" + job.id()))
                .body(new Started(job.id(), job.rows(), job.total(), job.errors()));
    }

    @GetMapping("/{job}")
    @Operation(summary = "Hur långt en import har kommit")
    ReportImportService.Progress progress(Actor actor, @PathVariable String job) {
        return imports.progress(actor, job);
    }

    /** A file without a single good row: 422 with every row's errors (row, column, message). */
    @ExceptionHandler(ReportImportService.NothingToImportException.class)
    ProblemDetail nothingToImport(ReportImportService.NothingToImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.invalid.detail", new Object[] {e.errors().size()}, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error.invalid.title", null, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
