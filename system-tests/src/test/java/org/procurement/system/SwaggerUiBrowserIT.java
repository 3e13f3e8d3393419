package org.procurement.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.procurement.stack.OneTimeCodes;
import org.procurement.stack.ServiceSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI as ministry staff and approvers use it, in a real browser: Authorize, sign in on Keycloak's page,
 * create and submit a request with "Try it out", then see it as a task of the reviewer. Screenshots of each
 * step go to system-tests/target/screenshots.
 */
class SwaggerUiBrowserIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(REQ-\\d{4}-\\d{6})\"");

    @BeforeAll
    static void needsABrowser() {
        if (!Browser.installed()) {
            String why = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(why + ": CI must run the browser test");
            }
            assumeTrue(false, why + "; skipping the browser test on this machine");
        }
        Suite suite = Suite.get();
        KeycloakAdmin.allowSwaggerUiAt(List.of(suite.url(ServiceSpec.REQUEST), suite.url(ServiceSpec.APPROVAL)));
    }

    @Test
    void olenaSubmitsThroughSwaggerUiAndMinjunFindsTheTask() {
        String reference;
        try (Browser browser = new Browser()) {
            browser.open(Suite.get().url(ServiceSpec.REQUEST) + "/q/swagger-ui/");
            signIn(browser, "olena", "1-request-service");

            String created = execute(browser, "post", "/requests", null, "201", "4-draft-created", true);
            Matcher id = ID.matcher(created);
            assertTrue(id.find(), created);
            Matcher ref = REFERENCE.matcher(created);
            assertTrue(ref.find(), created);
            reference = ref.group(1);
            Story.say("in Swagger UI olena created draft %s with the example body", reference);
            // The example asks for howitzers: lethal, so the signed end-user certificate goes with it. (Attached
            // through the API: the browser's file dialog is outside the page.)
            Api.upload("olena", id.group(1), "END_USER_CERTIFICATE", "end-user-certificate-signed.pdf",
                    Api.CERTIFICATE_PDF);
            Story.say("olena attached the signed end-user certificate to %s", reference);

            execute(browser, "post", "/requests/{id}/submit", id.group(1), "200", "5-submitted", true);
            Story.say("in Swagger UI olena submitted %s", reference);
        }

        try (Browser browser = new Browser()) {
            browser.open(Suite.get().url(ServiceSpec.APPROVAL) + "/q/swagger-ui/");
            signIn(browser, "minjun", "6-approval-service");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            // The inbox is paged; minjun looks up the request he was told about by its reference.
            String tasks = executeWith(browser, "get", "/tasks", Map.of("reference", reference), "200",
                    "7-tasks-first-look", false);
            while (!tasks.contains(reference) && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofSeconds(1));
                browser.click(By.cssSelector(".opblock.is-open button.execute"));
                tasks = responseBody(browser, "200");
            }
            browser.scrollTo(By.cssSelector(".opblock.is-open .live-responses-table tr.response"));
            browser.screenshot("7-tasks");
            assertTrue(tasks.contains(reference), "minjun's tasks should list " + reference + ": " + tasks);
            Story.say("in approval-service's Swagger UI minjun sees the technical review of %s in GET /tasks", reference);
        }
    }

    /** A privileged user needs the one-time code as well as the password; with both, the console works. */
    @Test
    void daehoSignsInWithPasswordAndOneTimeCode() {
        try (Browser browser = new Browser()) {
            browser.open(Suite.get().url(ServiceSpec.APPROVAL) + "/q/swagger-ui/");
            signIn(browser, "daeho", "8-authorizer");
            String tasks = execute(browser, "get", "/tasks", null, "200", "9-authorizer-tasks", false);
            assertTrue(tasks.contains("Response body") && !tasks.contains("session-ended")
                    && !tasks.contains("unauthenticated"), tasks);
            Story.say("in approval-service's Swagger UI daeho (authorizer) signed in with password and TOTP code "
                    + "(a wrong code was refused first) and read GET /tasks");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Authorize → Keycloak's login page (a pop-up window) → back in Swagger UI, signed in. */
    private static void signIn(Browser browser, String user, String screenshotPrefix) {
        browser.click(By.cssSelector("button.btn.authorize"));
        browser.visible(By.cssSelector(".modal-ux"));
        for (WebElement scope : browser.driver().findElements(By.cssSelector(".modal-ux input[type=checkbox]"))) {
            if (!scope.isSelected()) {
                scope.click();
            }
        }
        browser.screenshot(screenshotPrefix + "-authorize-dialog");
        String swaggerWindow = browser.driver().getWindowHandle();
        Set<String> before = browser.driver().getWindowHandles();
        browser.click(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize"));
        browser.waitUntil(driver -> driver.getWindowHandles().size() > before.size());
        String login = browser.driver().getWindowHandles().stream().filter(handle -> !before.contains(handle))
                .findFirst().orElseThrow();
        browser.driver().switchTo().window(login);
        browser.visible(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(user + "-pw");
        browser.screenshot(screenshotPrefix + "-keycloak-login");
        browser.driver().findElement(By.id("kc-login")).click();
        Optional<String> secret = Keycloak.oneTimeCodeSecret(user);
        if (secret.isPresent()) {
            // Authorizers, policy-board members and catalog-admins: Keycloak asks for the authenticator's code next.
            WebElement otp = browser.visible(By.id("otp"));
            otp.sendKeys("000000".equals(OneTimeCodes.code(secret.get(), Instant.now())) ? "111111" : "000000");
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waitUntil(driver -> driver.getPageSource().contains("Invalid authenticator code"));
            browser.screenshot(screenshotPrefix + "-wrong-code-refused");
            browser.visible(By.id("otp")).sendKeys(Keycloak.unusedCode(user, secret.get()));
            browser.screenshot(screenshotPrefix + "-one-time-code");
            browser.driver().findElement(By.id("kc-login")).click();
        }
        browser.driver().switchTo().window(swaggerWindow);
        browser.waitUntil(driver -> driver.getWindowHandles().size() == before.size());
        browser.visible(By.xpath("//div[contains(@class,'modal-ux')]//button[normalize-space()='Logout']"));
        browser.screenshot(screenshotPrefix + "-signed-in");
        browser.click(By.cssSelector(".modal-ux button.btn-done"));
    }

    /** Opens an operation, presses "Try it out", fills the path id if any, executes and returns the response body. */
    private static String execute(Browser browser, String method, String path, String id, String expectedStatus,
                                  String screenshot, boolean collapse) {
        return executeWith(browser, method, path, id == null ? Map.of() : Map.of("id", id), expectedStatus, screenshot,
                collapse);
    }

    /** Opens an operation, tries it out with these parameters filled in, and answers the response body shown. */
    private static String executeWith(Browser browser, String method, String path, Map<String, String> parameters,
                                      String expectedStatus, String screenshot, boolean collapse) {
        By operation = By.cssSelector(".opblock-" + method + " .opblock-summary-path[data-path='" + path + "']");
        browser.click(operation);
        By open = By.xpath("//div[contains(@class,'opblock-" + method + "') and contains(@class,'is-open')]"
                + "[.//*[@data-path='" + path + "']]");
        WebElement block = browser.visible(open);
        block.findElement(By.cssSelector("button.try-out__btn")).click();
        parameters.forEach((name, value) -> {
            WebElement input = block.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
            input.clear();
            input.sendKeys(value);
        });
        block.findElement(By.cssSelector("button.execute")).click();
        String body = responseBody(browser, expectedStatus);
        browser.scrollTo(By.cssSelector(".opblock.is-open .live-responses-table tr.response"));
        browser.screenshot(screenshot);
        if (collapse) {
            browser.click(operation);
        }
        return body;
    }

    private static String responseBody(Browser browser, String expectedStatus) {
        By status = By.cssSelector(".opblock.is-open .live-responses-table tr.response td.response-col_status");
        browser.waitUntil(driver -> !driver.findElements(status).isEmpty()
                && !driver.findElement(status).getText().isBlank());
        String shown = browser.driver().findElement(status).getText().trim();
        String body = browser.driver().findElement(By.cssSelector(".opblock.is-open .live-responses-table tr.response td.response-col_description"))
                .getText();
        assertEquals(expectedStatus, shown.split("\\s+")[0], body);
        return body;
    }
}
