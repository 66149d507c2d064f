package eu.praxis.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EuropeMapTest {

    private final EuropeMap map = new EuropeMap();

    @Test
    void finds_a_city_however_its_name_is_written() {
        var liege = map.locate("BE", "Liège").orElseThrow();
        assertThat(map.locate("be", "LIEGE")).contains(liege);
        assertThat(map.locate("BE", " liege ")).contains(liege);
        assertThat(map.locate("PL", "Gdańsk")).isPresent();
        assertThat(map.locate("PL", "Gdansk")).isEqualTo(map.locate("PL", "Gdańsk"));
    }

    @Test
    void places_cities_where_they_are_relative_to_each_other() {
        var lisbon = map.locate("PT", "Lisbon").orElseThrow();
        var helsinki = map.locate("FI", "Helsinki").orElseThrow();
        var liege = map.locate("BE", "Liège").orElseThrow();
        assertThat(lisbon.x()).as("west").isLessThan(liege.x());
        assertThat(helsinki.y()).as("north").isLessThan(liege.y());
        for (var point : new MapPoint[] {lisbon, helsinki, liege}) {
            assertThat(point.x()).isBetween(0.0, (double) EuropeMap.WIDTH);
            assertThat(point.y()).isBetween(0.0, (double) EuropeMap.HEIGHT);
        }
    }

    @Test
    void the_larger_of_two_places_with_one_name_wins() {
        // Valencia, Spain's third city, not a village of the same name
        var valencia = map.locate("ES", "Valencia").orElseThrow();
        assertThat(Math.abs(valencia.x() - EuropeMap.project(39.47, -0.38).x())).isLessThan(1.0);
        assertThat(Math.abs(valencia.y() - EuropeMap.project(39.47, -0.38).y())).isLessThan(1.0);
    }

    @Test
    void an_unknown_or_missing_city_is_not_on_the_map() {
        assertThat(map.locate("BE", "Atlantis")).isEmpty();
        assertThat(map.locate("BE", null)).isEmpty();
        assertThat(map.locate("XX", "Liège")).isEmpty();
    }
}
