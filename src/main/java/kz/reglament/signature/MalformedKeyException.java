package kz.reglament.signature;

/** A key whose encoding is broken; the signature that names it is MALFORMED. */
class MalformedKeyException extends Exception {

    MalformedKeyException(String message) {
        super(message);
    }
}
