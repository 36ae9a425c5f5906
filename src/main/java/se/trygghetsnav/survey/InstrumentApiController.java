package se.trygghetsnav.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.platform.NotFoundException;

@RestController
@RequestMapping("/api/v1/instruments")
@Tag(name = "Instrument", description = "Frågeformulär som data: områden, frågor och svarsalternativ")
class InstrumentApiController {

    private final InstrumentCatalog catalog;
    private final MessageSource messages;

    InstrumentApiController(InstrumentCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hämta den senaste versionen av ett instrument")
    InstrumentDocument instrument(@PathVariable String id) {
        Instrument instrument = catalog.latest(id).orElseThrow(() -> new NotFoundException("Okänt instrument: " + id));
        List<Option> options = Arrays.stream(AnswerOption.values())
                .map(o -> new Option(o.name(), messages.getMessage(o.messageKey(), null, LocaleContextHolder.getLocale())))
                .toList();
        return new InstrumentDocument(instrument.id(), instrument.version(), instrument.title(), instrument.introduction(),
                options, instrument.sections(), instrument.contact());
    }

    record InstrumentDocument(String id, int version, String title, List<String> introduction, List<Option> answerOptions,
            List<Instrument.Section> sections, Instrument.ContactPage contact) {}

    record Option(String code, String label) {}
}
