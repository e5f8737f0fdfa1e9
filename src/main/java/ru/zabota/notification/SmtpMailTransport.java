package ru.zabota.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Spring Mail over the SMTP server of {@code spring.mail.*}. */
class SmtpMailTransport implements MailTransport {
    private final JavaMailSender sender;
    private final String from;

    SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String text) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(text);
        sender.send(m);
    }

    @Override
    public String describe() {
        return "SMTP (spring.mail.host), from " + from;
    }
}
