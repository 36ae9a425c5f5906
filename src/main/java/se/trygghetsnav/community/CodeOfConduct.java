package se.trygghetsnav.community;

/** The code of conduct (uppförandekod) members accept; its text is the page /samverkan/uppforandekod. */
final class CodeOfConduct {

    /** The version in force, recorded with each acceptance. Change it when the text changes. */
    static final String VERSION = "2026-11";

    private CodeOfConduct() {}
}
