package kz.reglament.signature;

/** A key or signature algorithm that this service does not verify; becomes UNSUPPORTED_ALGORITHM. */
class UnsupportedAlgorithmException extends Exception {

    UnsupportedAlgorithmException(String message) {
        super(message);
    }
}
