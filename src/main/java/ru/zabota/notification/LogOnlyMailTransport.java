package ru.zabota.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server (no {@code spring.mail.host}: the default demo profile) the e-mails are written to the log,
 * under this logger's name, and go nowhere else.
 */
class LogOnlyMailTransport implements MailTransport {
    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailTransport.class);

    @Override
    public void send(String to, String subject, String text) {
        log.info("E-MAIL NOT SENT (no spring.mail.host, written to the log only) to={} subject=«{}»\n{}", to, subject, text);
    }

    @Override
    public String describe() {
        return "the log only (spring.mail.host is not set)";
    }
}
