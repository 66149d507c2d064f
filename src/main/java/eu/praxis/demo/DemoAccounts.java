package eu.praxis.demo;

/** The demo log-ins listed in the README. Demo only: these passwords never exist outside the demo profile. */
public final class DemoAccounts {

    public static final String ADMIN = "admin@praxis.example";
    public static final String LEAD = "lead@praxis.example";
    public static final String MEMBER = "member@praxis.example";
    public static final String RESEARCHER = "researcher@praxis.example";

    public static final String ADMIN_PASSWORD = "demo-admin-pass";
    public static final String LEAD_PASSWORD = "demo-lead-pass";
    public static final String MEMBER_PASSWORD = "demo-member-pass";
    public static final String RESEARCHER_PASSWORD = "demo-researcher-pass";
    /** Every other demo person. */
    public static final String OTHERS_PASSWORD = "demo-people-pass";

    private DemoAccounts() {}
}
