package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.PIOTR;
import static org.procurement.testing.DemoUser.TARAS;

/**
 * Documents of a request: judged by content, limited in size, stored with their SHA-256 and returned byte for byte,
 * seen only by those who may see the request. (The tests' size limit is 2 MB: %test in application.properties.)
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class DocumentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "IHDR....".getBytes());
    static final byte[] JPEG = concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "JFIF".getBytes());

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    static Response upload(DemoUser user, String requestId, String kind, String name, byte[] bytes, String declared) {
        RequestSpecification request = as(user).multiPart("file", name, bytes, declared);
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        return request.when().post("/requests/" + requestId + "/documents");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUploadedCertificateComesBackByteForByteWithItsSha256() throws Exception {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("With a certificate"));
        Response created = upload(OLENA, id, "END_USER_CERTIFICATE", "EUC-UA-2026-0412 signed.pdf", PDF, "application/pdf");
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/requests/" + id + "/documents/[0-9a-f-]{36}"))
                .body("kind", equalTo("END_USER_CERTIFICATE"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(PDF.length))
                .body("sha256", equalTo(sha256(PDF)))
                .body("uploadedBy", equalTo("olena"));
        String location = created.header("Location");

        Response download = as(TARAS).when().get(location);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Repr-Digest", equalTo("sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(sha256(PDF))) + ":"))
                .header("Content-Disposition", containsString("EUC-UA-2026-0412%20signed.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(PDF, download.asByteArray());
        as(OLENA).when().get("/requests/" + id + "/documents").then().statusCode(200)
                .body("kind", equalTo(List.of("END_USER_CERTIFICATE")))
                .body("href[0]", equalTo(location.substring(location.indexOf("/requests/"))));
    }

    @Test
    void largerFilesArriveWholeThroughTheSlicedRead() throws Exception {
        byte[] scan = new byte[1_500_000];
        new java.util.Random(7).nextBytes(scan);
        System.arraycopy(JPEG, 0, scan, 0, JPEG.length);
        String id = Api.createDraft(OLENA, Drafts.titleOnly("A large scan"));
        String location = upload(OLENA, id, "TECHNICAL_SPECIFICATION", "scan.jpg", scan, "image/jpeg").then()
                .statusCode(201).body("sha256", equalTo(sha256(scan))).extract().header("Location");
        assertArrayEquals(scan, as(OLENA).when().get(location).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void theTypeIsJudgedByContentNeverByNameOrDeclaredType() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Typed by content"));
        upload(OLENA, id, "LETTER", "letter.pdf", "GIF89a....".getBytes(), "application/pdf").then().statusCode(415)
                .contentType("application/problem+json").body("type", endsWith("/unsupported-document-type"))
                .body("field", equalTo("file"));
        upload(OLENA, id, "LETTER", "letter.pdf", "<html><script>alert(1)</script></html>".getBytes(), "application/pdf")
                .then().statusCode(415);
        upload(OLENA, id, "OTHER", "photo.txt", PNG, "text/plain").then().statusCode(201)
                .body("mediaType", equalTo("image/png"));
        upload(OLENA, id, "OTHER", "photo.bin", JPEG, "application/octet-stream").then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg"));
    }

    @Test
    void aDocumentOverTheLimitIsRefusedWith413() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Too large"));
        byte[] big = Arrays.copyOf(PDF, 2 * 1024 * 1024 + 1);
        upload(OLENA, id, "OTHER", "big.pdf", big, "application/pdf").then().statusCode(413)
                .contentType("application/problem+json").body("type", endsWith("/document-too-large"))
                .body("maxSize", equalTo(2 * 1024 * 1024));
        byte[] huge = Arrays.copyOf(PDF, 4 * 1024 * 1024);
        upload(OLENA, id, "OTHER", "huge.pdf", huge, "application/pdf").then().statusCode(413)
                .contentType("application/problem+json");
        as(OLENA).when().get("/requests/" + id + "/documents").then().body("size()", equalTo(0));
    }

    @Test
    void aBadFormNamesEachFieldAtFault() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Bad forms"));
        upload(OLENA, id, null, "euc.pdf", PDF, "application/pdf").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        upload(OLENA, id, "PASSPORT", "euc.pdf", PDF, "application/pdf").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        as(OLENA).multiPart("kind", "LETTER").when().post("/requests/" + id + "/documents").then().statusCode(400)
                .body("violations.field", hasItems("file"));
        upload(OLENA, id, "LETTER", "empty.pdf", new byte[0], "application/pdf").then().statusCode(400)
                .body("violations.field", hasItem("file"));
        as(OLENA).contentType("application/json").body("{}").when().post("/requests/" + id + "/documents")
                .then().statusCode(415);
    }

    @Test
    void anotherMinistryAndApproversOfADraftSeeNothing() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Private papers"));
        String location = upload(OLENA, id, "LETTER", "letter.pdf", PDF, "application/pdf").then().statusCode(201)
                .extract().header("Location");
        as(PIOTR).when().get("/requests/" + id + "/documents").then().statusCode(404);
        as(PIOTR).when().get(location).then().statusCode(404);
        upload(PIOTR, id, "LETTER", "letter.pdf", PDF, "application/pdf").then().statusCode(404);
        as(PIOTR).when().delete(location).then().statusCode(404);
        as(MINJUN).when().get(location).then().statusCode(404);
        upload(MINJUN, id, "LETTER", "letter.pdf", PDF, "application/pdf").then().statusCode(403);
    }

    @Test
    void documentsAreRemovedFromADraftAndFrozenOnceSubmitted() {
        String draft = Api.createDraft(OLENA, Drafts.titleOnly("Changing papers"));
        String location = upload(OLENA, draft, "LETTER", "letter.pdf", PDF, "application/pdf").then().statusCode(201)
                .extract().header("Location");
        as(OLENA).when().delete(location).then().statusCode(204);
        as(OLENA).when().get(location).then().statusCode(404);
        as(OLENA).when().delete(location).then().statusCode(404);

        String submitted = scenarios.submitted(OLENA);
        upload(OLENA, submitted, "LETTER", "late.pdf", PDF, "application/pdf").then().statusCode(409)
                .body("currentStatus", equalTo("SUBMITTED"));
        as(MINJUN).when().get("/requests/" + submitted + "/documents").then().statusCode(200);
    }
}
