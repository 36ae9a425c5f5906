package se.trygghetsnav.incident;

/** Whether the incident was reported to the police: ja / nej / vet ej. */
public enum PoliceReport {
    YES,
    NO,
    DONT_KNOW;

    public String messageKey() {
        return "report.police." + name();
    }
}
