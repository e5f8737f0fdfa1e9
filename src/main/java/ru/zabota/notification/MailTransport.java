package ru.zabota.notification;

/** Where a notice's e-mail goes: real SMTP (spring.mail.host set) or the application log. */
public interface MailTransport {
    void send(String to, String subject, String text);

    /** For the log at start-up. */
    String describe();
}
