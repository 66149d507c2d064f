package eu.praxis.benchmark;

import eu.praxis.base.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The generated network and practice library. Everything is a function of the seed (and of a
 * practice's id, so that practice n is the same whatever the corpus size): two runs with the same
 * seed load the same data and run the same queries.
 */
final class Corpus {

    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl");
    static final List<String> THEMES = List.of(
            "organised-crime",
            "drugs-harm-reduction",
            "nightlife",
            "polarisation-radicalisation",
            "domestic-violence",
            "youth",
            "public-space",
            "video-surveillance-technology",
            "victims",
            "prevention-of-re-offending",
            "sport-inclusion",
            "cybersecurity",
            "covid-19-responses",
            "urban-planning-design",
            "community-policing");
    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2026;
    /** Share of practices published to the whole network rather than to groups. */
    static final double WHOLE_NETWORK = 0.35;

    record City(String name, String country, String language) {}

    record Organisation(long id, String name, String kind, City city) {}

    record Person(long id, long organisationId, String email, String name) {}

    record Group(long id, String slug, String name, String joinPolicy, List<String> themes) {}

    record Membership(long groupId, long personId, boolean lead) {}

    record Practice(
            long id,
            boolean sheet,
            boolean published,
            String title,
            String slug,
            String summary,
            City city,
            String language,
            LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            boolean wholeNetwork,
            @Nullable String objectives,
            @Nullable String actions,
            @Nullable String partners,
            @Nullable String results,
            @Nullable String evaluation,
            @Nullable String contact,
            @Nullable String body,
            Person author,
            Instant createdAt,
            List<String> themes,
            List<Long> groupIds) {}

    /** Real cities of the network's countries; practices are written in the city's language or in English. */
    static final List<City> CITIES = List.of(
            new City("Manchester", "GB", "en"),
            new City("Liverpool", "GB", "en"),
            new City("Bristol", "GB", "en"),
            new City("Glasgow", "GB", "en"),
            new City("Dublin", "IE", "en"),
            new City("Cork", "IE", "en"),
            new City("Valletta", "MT", "en"),
            new City("Helsinki", "FI", "en"),
            new City("Stockholm", "SE", "en"),
            new City("Malmö", "SE", "en"),
            new City("Copenhagen", "DK", "en"),
            new City("Riga", "LV", "en"),
            new City("Gdańsk", "PL", "en"),
            new City("Warsaw", "PL", "en"),
            new City("Lisbon", "PT", "en"),
            new City("Porto", "PT", "en"),
            new City("Ljubljana", "SI", "en"),
            new City("Zagreb", "HR", "en"),
            new City("Prague", "CZ", "en"),
            new City("Athens", "GR", "en"),
            new City("Piraeus", "GR", "en"),
            new City("Tallinn", "EE", "en"),
            new City("Vilnius", "LT", "en"),
            new City("Budapest", "HU", "en"),
            new City("Paris", "FR", "fr"),
            new City("Lyon", "FR", "fr"),
            new City("Marseille", "FR", "fr"),
            new City("Lille", "FR", "fr"),
            new City("Bordeaux", "FR", "fr"),
            new City("Strasbourg", "FR", "fr"),
            new City("Nantes", "FR", "fr"),
            new City("Toulouse", "FR", "fr"),
            new City("Nice", "FR", "fr"),
            new City("Montpellier", "FR", "fr"),
            new City("Liège", "BE", "fr"),
            new City("Charleroi", "BE", "fr"),
            new City("Namur", "BE", "fr"),
            new City("Bruxelles", "BE", "fr"),
            new City("Luxembourg", "LU", "fr"),
            new City("Genève", "CH", "fr"),
            new City("Lausanne", "CH", "fr"),
            new City("Berlin", "DE", "de"),
            new City("Hamburg", "DE", "de"),
            new City("München", "DE", "de"),
            new City("Köln", "DE", "de"),
            new City("Frankfurt am Main", "DE", "de"),
            new City("Stuttgart", "DE", "de"),
            new City("Düsseldorf", "DE", "de"),
            new City("Essen", "DE", "de"),
            new City("Augsburg", "DE", "de"),
            new City("Kassel", "DE", "de"),
            new City("Wien", "AT", "de"),
            new City("Graz", "AT", "de"),
            new City("Linz", "AT", "de"),
            new City("Zürich", "CH", "de"),
            new City("Basel", "CH", "de"),
            new City("Madrid", "ES", "es"),
            new City("Barcelona", "ES", "es"),
            new City("Valencia", "ES", "es"),
            new City("Sevilla", "ES", "es"),
            new City("Bilbao", "ES", "es"),
            new City("Málaga", "ES", "es"),
            new City("Zaragoza", "ES", "es"),
            new City("Murcia", "ES", "es"),
            new City("Gijón", "ES", "es"),
            new City("Roma", "IT", "it"),
            new City("Milano", "IT", "it"),
            new City("Torino", "IT", "it"),
            new City("Napoli", "IT", "it"),
            new City("Bologna", "IT", "it"),
            new City("Firenze", "IT", "it"),
            new City("Genova", "IT", "it"),
            new City("Modena", "IT", "it"),
            new City("Reggio Emilia", "IT", "it"),
            new City("Loano", "IT", "it"),
            new City("Amsterdam", "NL", "nl"),
            new City("Rotterdam", "NL", "nl"),
            new City("Den Haag", "NL", "nl"),
            new City("Utrecht", "NL", "nl"),
            new City("Eindhoven", "NL", "nl"),
            new City("Groningen", "NL", "nl"),
            new City("Antwerpen", "BE", "nl"),
            new City("Gent", "BE", "nl"),
            new City("Leuven", "BE", "nl"),
            new City("Genk", "BE", "nl"),
            new City("Mechelen", "BE", "nl"));

    private static final String[] FIRST_NAMES = {
        "Anna", "Marc", "Sofia", "Jan", "Elena", "Luca", "Marie", "Thomas", "Laura", "Pieter", "Carmen", "Jonas",
        "Chiara", "Pablo", "Inès", "Lars", "Eva", "Tomasz", "Nora", "Hugo"
    };
    private static final String[] LAST_NAMES = {
        "Dubois",
        "Müller",
        "García",
        "Rossi",
        "de Vries",
        "Smith",
        "Janssens",
        "Novak",
        "Nielsen",
        "Costa",
        "Schmidt",
        "Moreau",
        "Bianchi",
        "López",
        "Peeters",
        "Kowalski",
        "Murphy",
        "Weber"
    };

    final long seed;
    final int size;
    final Map<String, Vocabulary> vocabularies;
    final List<Organisation> organisations;
    final List<Person> people;
    final List<Group> groups;
    final List<Membership> memberships;
    /** The member whose searches are measured: an official of a city who reads two of the six groups. */
    final Person member;

    final List<Long> memberGroupIds;

    Corpus(long seed, int size) {
        this.seed = seed;
        this.size = size;
        vocabularies = LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), Vocabulary::load));
        var random = new SplittableRandom(seed);
        var orgs = new ArrayList<Organisation>();
        for (var city : CITIES) {
            orgs.add(new Organisation(orgs.size() + 1, "City of " + city.name(), "CITY", city));
        }
        orgs.add(new Organisation(
                orgs.size() + 1, "European Forum for Urban Security", "SECRETARIAT", new City("Paris", "FR", "fr")));
        orgs.add(new Organisation(
                orgs.size() + 1, "Institute for Urban Safety Research", "RESEARCH", new City("Utrecht", "NL", "nl")));
        organisations = List.copyOf(orgs);
        var persons = new ArrayList<Person>();
        for (var org : organisations) {
            for (var i = 0; i < 3; i++) {
                var id = persons.size() + 1L;
                var name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                persons.add(new Person(id, org.id(), "person" + id + "@bench.praxis.example", name));
            }
        }
        people = List.copyOf(persons);
        groups = List.of(
                new Group(1, "organised-crime", "Organised crime", "INVITE_ONLY", List.of("organised-crime")),
                new Group(
                        2,
                        "security-innovation",
                        "Security & innovation",
                        "OPEN",
                        List.of("video-surveillance-technology", "cybersecurity")),
                new Group(3, "nightlife", "Nightlife", "OPEN", List.of("nightlife")),
                new Group(
                        4,
                        "drugs-harm-reduction",
                        "Drugs & harm reduction",
                        "ON_REQUEST",
                        List.of("drugs-harm-reduction")),
                new Group(
                        5,
                        "polarisation-radicalisation",
                        "Polarisation & radicalisation",
                        "ON_REQUEST",
                        List.of("polarisation-radicalisation")),
                new Group(6, "sport-inclusion", "Sport & inclusion", "OPEN", List.of("sport-inclusion", "youth")));
        var liege = organisations.stream()
                .filter(o -> o.city().name().equals("Liège"))
                .findFirst()
                .orElseThrow();
        member = people.stream()
                .filter(p -> p.organisationId() == liege.id())
                .findFirst()
                .orElseThrow();
        memberGroupIds = List.of(3L, 4L);
        var all = new ArrayList<Membership>();
        for (var group : groups) {
            all.add(new Membership(
                    group.id(), people.get(random.nextInt(people.size())).id(), true));
        }
        for (var person : people) {
            if (person.equals(member)) {
                memberGroupIds.forEach(g -> all.add(new Membership(g, person.id(), false)));
                continue;
            }
            var count = random.nextInt(4);
            for (var i = 0; i < count; i++) {
                var groupId = groups.get(random.nextInt(groups.size())).id();
                if (all.stream().noneMatch(m -> m.groupId() == groupId && m.personId() == person.id())) {
                    all.add(new Membership(groupId, person.id(), false));
                }
            }
        }
        memberships = List.copyOf(all);
    }

    /** Practice number {@code id} (1-based); independent of the others. */
    Practice practice(long id) {
        var random = new SplittableRandom(seed * 1_000_003L + id);
        var author = people.get(random.nextInt(people.size()));
        var org = organisations.get((int) author.organisationId() - 1);
        var city = org.city();
        var language = city.language().equals("en") || random.nextDouble() < 0.8 ? city.language() : "en";
        var words = vocabularies.get(language);
        var themes = themes(random);
        var sheet = random.nextDouble() < 0.7;
        var published = random.nextDouble() < 0.96;
        var year = year(random);
        var start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        var end = random.nextDouble() < 0.3 ? null : start.plusMonths(6 + random.nextInt(43));
        var wholeNetwork = random.nextDouble() < WHOLE_NETWORK;
        var groupIds = wholeNetwork ? List.<Long>of() : groups(random, themes);
        var title = words.title(random, themes, city.name());
        if (title.length() > eu.praxis.practice.Practice.TITLE_MAX) {
            title = title.substring(0, eu.praxis.practice.Practice.TITLE_MAX).strip();
        }
        var summary = words.paragraph(random, themes, 2, 3);
        var createdAt = start.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400 * 60));
        if (sheet) {
            return new Practice(
                    id,
                    true,
                    published,
                    title,
                    slug(title),
                    summary,
                    city,
                    language,
                    start,
                    end,
                    wholeNetwork,
                    words.paragraph(random, themes, 2, 5),
                    words.paragraph(random, themes, 4, 10),
                    partners(random, words),
                    words.paragraph(random, themes, 2, 6),
                    words.paragraph(random, themes, 1, 4),
                    author.name() + ", " + author.email(),
                    null,
                    author,
                    createdAt,
                    themes,
                    groupIds);
        }
        return new Practice(
                id,
                false,
                published,
                title,
                slug(title),
                summary,
                city,
                language,
                start,
                end,
                wholeNetwork,
                null,
                null,
                null,
                null,
                null,
                null,
                words.paragraph(random, themes, 8, 24),
                author,
                createdAt,
                themes,
                groupIds);
    }

    private static List<String> themes(SplittableRandom random) {
        var count = 1 + random.nextInt(3);
        var themes = new LinkedHashSet<String>();
        while (themes.size() < count) {
            // a few themes are much more common than others, as in the real library
            themes.add(THEMES.get((int)
                    Math.min(THEMES.size() - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * THEMES.size()))));
        }
        return List.copyOf(themes);
    }

    /** Later years are more frequent: the library grows. */
    private static int year(SplittableRandom random) {
        var span = LAST_YEAR - FIRST_YEAR + 1;
        return FIRST_YEAR + (int) Math.floor(Math.sqrt(random.nextDouble()) * span);
    }

    /** The groups whose theme it is, otherwise one random group; sometimes one more. */
    private List<Long> groups(SplittableRandom random, List<String> themes) {
        var ids = new LinkedHashSet<Long>();
        for (var group : groups) {
            if (group.themes().stream().anyMatch(themes::contains)) {
                ids.add(group.id());
            }
        }
        if (ids.isEmpty() || random.nextDouble() < 0.25) {
            ids.add(groups.get(random.nextInt(groups.size())).id());
        }
        return List.copyOf(ids);
    }

    private static String partners(SplittableRandom random, Vocabulary words) {
        var count = 2 + random.nextInt(3);
        var partners = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            partners.add(words.general.draw(random));
        }
        return String.join(", ", partners);
    }

    private static String slug(String title) {
        var slug = Slugs.of(title, eu.praxis.practice.Practice.SLUG_MAX);
        return slug.isEmpty() ? "practice" : slug;
    }
}
