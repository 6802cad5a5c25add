package kz.reglament.calendar;

/** The holiday data cannot be trusted: the service must not compute deadlines from it. */
public class InvalidCalendarDataException extends RuntimeException {

    public InvalidCalendarDataException(String message) {
        super(message);
    }

    public InvalidCalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
