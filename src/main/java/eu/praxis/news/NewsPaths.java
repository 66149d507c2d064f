package eu.praxis.news;

/** Where news is found, for views, mails and the home page. */
public final class NewsPaths {

    public static final String NEWS = "news";

    private NewsPaths() {}

    public static String item(long id) {
        return NEWS + "/" + id;
    }
}
