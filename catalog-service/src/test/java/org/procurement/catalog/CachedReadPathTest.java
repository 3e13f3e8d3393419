package org.procurement.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.procurement.catalog.cache.CachedAnswers;
import org.procurement.catalog.cache.CatalogueVersion;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

/**
 * The cached read path (docs/performance.md): ETags and 304 from the catalogue's version, answers kept per version,
 * and a change made anywhere (through this replica, another replica, or straight in the database) seen by every
 * replica.
 */
@QuarkusTest
class CachedReadPathTest {

    private static final String OLENA = Tokens.of(DemoUser.OLENA);
    private static final String ADMIN = Tokens.of(DemoUser.ADMIN);
    private static final String ARTILLERY = "/catalog/items?category=ARTILLERY&sort=-updated";

    @Inject
    CatalogueVersion version;
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void anUnchangedListingAnswers304AndAChangeThroughThisReplicaIsReadBackAtOnce() {
        ExtractableResponse<Response> first = read(ARTILLERY, null).statusCode(200)
                .header("ETag", matchesPattern("\"catalog-\\d+\""))
                .header("Cache-Control", equalTo("private, no-cache"))
                .extract();
        String etag = first.header("ETag");
        read(ARTILLERY, etag).statusCode(304).header("ETag", equalTo(etag));
        read(ARTILLERY, "W/" + etag + ", \"catalog-0\"").statusCode(304);
        read(ARTILLERY, "\"catalog-0\"").statusCode(200).header("ETag", equalTo(etag));

        String sku = uniqueSku("KR-CACHE");
        create(item(sku));
        // no waiting: the writer's next read must already see the write
        String after = read(ARTILLERY, etag).statusCode(200)
                .body("items.sku", hasItem(sku))
                .extract().header("ETag");
        assertNotEquals(etag, after);
        read(ARTILLERY, after).statusCode(304);
    }

    @Test
    void anItemAnswers304UntilItChanges() {
        String sku = uniqueSku("KR-ITEM");
        String id = create(item(sku));
        String etag = read("/catalog/items/" + id, null).statusCode(200).header("ETag", equalTo("\"0\""))
                .body("sku", equalTo(sku)).extract().header("ETag");
        read("/catalog/items/" + id, etag).statusCode(304).header("ETag", equalTo(etag));
        var changed = item(sku);
        changed.put("availableQuantity", 3);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .when().put("/catalog/items/" + id).then().statusCode(200);
        read("/catalog/items/" + id, etag).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("availableQuantity", equalTo(3));
        read("/catalog/items/" + UUID.randomUUID(), "*").statusCode(404);
    }

    @Test
    void aChangeMadeElsewhereReachesThisReplicaThroughItsAnnouncement() throws Exception {
        String sku = uniqueSku("KR-ELSE");
        String id = create(item(sku));
        String listing = "/catalog/items?category=ARTILLERY&size=100&sort=-updated";
        read(listing, null).statusCode(200).body("items.find { it.sku == '" + sku + "' }.availableQuantity", equalTo(10));
        // another replica's write: straight into the database, nothing passes through this one
        changeStockDirectly(id, 7);
        eventually("the listing shows the stock changed elsewhere", () -> read(listing, null).extract()
                .<Integer>path("items.find { it.sku == '" + sku + "' }.availableQuantity") == 7);
        read("/catalog/items/" + id, null).statusCode(200).body("availableQuantity", equalTo(7));
    }

    @Test
    void aSecondReplicaLearnsEveryChangeAndDropsWhatItKeptBefore() throws Exception {
        CatalogueVersion second = new CatalogueVersion(dataSource, url, user, password, Duration.ofMillis(200));
        CachedAnswers secondCache = new CachedAnswers(1_000_000);
        second.start(null);
        try {
            eventually("the second replica follows announcements", second::listening);
            long before = second.current();
            secondCache.at("listing", before, () -> new CachedAnswers.Answer(before, "\"catalog-" + before + "\"",
                    new byte[]{'{', '}'}));
            assertTrue(secondCache.at("listing", second.current()).isPresent());

            create(item(uniqueSku("KR-TWO")));   // through the first replica
            long committed = committedVersion();
            assertTrue(committed > before);
            eventually("the second replica hears of the change", () -> second.current() == committed);
            assertTrue(secondCache.at("listing", second.current()).isEmpty(), "an answer of an older version is stale");
        } finally {
            second.stop(null);
        }
    }

    @Test
    void losingTheAnnouncementsNeverServesAStaleAnswer() throws Exception {
        String sku = uniqueSku("KR-LOST");
        String id = create(item(sku));
        read("/catalog/items/" + id, null).statusCode(200).body("availableQuantity", equalTo(10));
        eventually("following announcements", version::listening);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    + "'catalogue-version-follower'");
        }
        // written while nobody listens: its announcement is lost, and the follower must catch up on reconnecting
        changeStockDirectly(id, 4);
        eventually("the item read after the follower lost its connection is current",
                () -> read("/catalog/items/" + id, null).extract().<Integer>path("availableQuantity") == 4);
        eventually("the follower is back", version::listening);
        assertEquals(committedVersion(), version.current());
    }

    @Test
    void theVersionRowIsRaisedOnlyByChangesOfItems() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE catalog_version SET version = 1");
            fail("the runtime role wrote the version row");
        } catch (SQLException e) {
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }

    private static io.restassured.response.ValidatableResponse read(String path, String ifNoneMatch) {
        var request = given().auth().oauth2(OLENA);
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get(path).then();
    }

    private void changeStockDirectly(String id, int quantity) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE catalog_item SET available_quantity = ?, version = version + 1"
                     + " WHERE id = ?")) {
            s.setInt(1, quantity);
            s.setObject(2, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
    }

    private long committedVersion() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM catalog_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 20 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
