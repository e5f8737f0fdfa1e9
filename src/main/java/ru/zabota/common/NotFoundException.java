package ru.zabota.common;

/** Someone else's record or a record that does not exist: both answer 404 so nothing is revealed. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
