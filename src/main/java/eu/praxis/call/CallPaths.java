package eu.praxis.call;

/** The addresses of calls within the application, relative (no leading slash). */
public final class CallPaths {

    /** The directory of calls. */
    public static final String DIRECTORY = "calls";

    private CallPaths() {}

    /** A call's page: {@code calls/{id}}. */
    public static String call(long callId) {
        return DIRECTORY + "/" + callId;
    }
}
