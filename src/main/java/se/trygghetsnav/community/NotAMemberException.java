package se.trygghetsnav.community;

/** The logged-in person has not joined the community platform (accepted the code of conduct). */
public class NotAMemberException extends RuntimeException {

    public NotAMemberException() {
        super("Du behöver gå med i samverkan och godkänna uppförandekoden först");
    }
}
