package kz.reglament.deployment;

/** The layout of {@code processes/} breaks a rule of the service; the message says which and where. */
public class InvalidProcessFolderException extends RuntimeException {

    public InvalidProcessFolderException(String message) {
        super(message);
    }

    public InvalidProcessFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
