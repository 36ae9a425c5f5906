package se.trygghetsnav.platform.events;

import java.util.List;

/**
 * The incident categories a forwarded community post can be filed under, offered by the incident
 * feature so that the community platform can show the choice without depending on it.
 */
public interface TipCategories {

    /** Active categories of the municipality, in their order. */
    List<Choice> active(String municipalityCode);

    record Choice(long id, String name) {}
}
