package kz.reglament.identity;

import kz.reglament.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A number that is not a valid IIN or BIN. As an API error it answers 400 with the reason code; its message never
 * contains the number itself, so it may be logged.
 */
public class InvalidIdentityNumberException extends ApiException {

    private final InvalidIdentityNumberReason invalidity;

    public InvalidIdentityNumberException(InvalidIdentityNumberReason reason) {
        super(HttpStatus.BAD_REQUEST, reason.name());
        this.invalidity = reason;
    }

    public InvalidIdentityNumberReason invalidity() {
        return invalidity;
    }
}
