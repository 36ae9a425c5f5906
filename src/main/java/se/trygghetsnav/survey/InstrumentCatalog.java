package se.trygghetsnav.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** All instruments shipped with the application, read once at start-up. */
@Service
public class InstrumentCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Instrument> latestById = new LinkedHashMap<>();
    private final Map<String, Instrument> byIdAndVersion = new LinkedHashMap<>();

    public InstrumentCatalog() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    add(read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the instruments", e);
        }
    }

    /** Parses one instrument file; used by tests without Spring. */
    public static Instrument read(InputStream json) {
        Instrument instrument = JSON.readValue(json, Instrument.class);
        InstrumentRules.check(instrument);
        return instrument;
    }

    private void add(Instrument instrument) {
        byIdAndVersion.put(instrument.id() + "@" + instrument.version(), instrument);
        latestById.merge(instrument.id(), instrument,
                (a, b) -> Comparator.comparingInt(Instrument::version).compare(a, b) >= 0 ? a : b);
    }

    public Optional<Instrument> latest(String id) {
        return Optional.ofNullable(latestById.get(id));
    }

    public Optional<Instrument> version(String id, int version) {
        return Optional.ofNullable(byIdAndVersion.get(id + "@" + version));
    }
}
