package se.trygghetsnav.municipality;

/** A Swedish municipality by its SCB kommunkod, with its county. */
public record Municipality(String code, String name, String countyCode, String countyName) {}
