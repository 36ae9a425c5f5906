package se.trygghetsnav.survey;

import java.util.HashSet;
import java.util.Set;

/** What every instrument file must satisfy, checked when it is read. */
final class InstrumentRules {

    private InstrumentRules() {}

    static void check(Instrument instrument) {
        if (instrument.sections().isEmpty()) {
            throw new IllegalStateException(instrument.id() + " has no sections");
        }
        Set<String> ids = new HashSet<>();
        for (Instrument.Section section : instrument.sections()) {
            if (!ids.add(section.id())) {
                throw new IllegalStateException(instrument.id() + ": duplicate id " + section.id());
            }
            for (Instrument.Question question : section.questions()) {
                if (!ids.add(question.id())) {
                    throw new IllegalStateException(instrument.id() + ": duplicate id " + question.id());
                }
            }
        }
    }
}
