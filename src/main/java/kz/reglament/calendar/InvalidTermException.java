package kz.reglament.calendar;

/** A term written in a process model that cannot be read without guessing. */
public class InvalidTermException extends IllegalArgumentException {

    public InvalidTermException(String message) {
        super(message);
    }
}
