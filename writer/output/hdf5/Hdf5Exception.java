package writer.output.hdf5;

/** A failed HDF5 operation, with what was being done and where. */
public final class Hdf5Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Hdf5Exception(String message, Throwable cause) {
        super(cause == null || cause.getMessage() == null ? message : message + ": " + cause.getMessage(), cause);
    }

    public Hdf5Exception(String message) {
        super(message);
    }
}
