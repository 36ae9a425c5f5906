package se.trygghetsnav.platform;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through SMTP ({@code spring.mail.host}). Without an SMTP server
 * configured (a developer's machine) the message is written to the log instead, so invitation
 * links can still be followed.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${trygghetsnav.mail.from:Trygghetsnav <noreply@trygghetsnav.local>}") String from,
            @Value("${trygghetsnav.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute link to a path of the application, for e-mails. */
    public String link(String path) {
        return baseUrl + path;
    }

    public void send(String to, String subject, String body) {
        Objects.requireNonNull(to);
        if (sender == null) {
            log.info("E-post (ingen SMTP-server konfigurerad) till {}: {}\n{}", to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            // the action itself succeeded; the person can be sent the message again
            log.warn("Kunde inte skicka e-post till {}: {}", to, e.getMessage());
        }
    }
}
