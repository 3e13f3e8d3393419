package org.procurement.testing;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Reads one sample from the service's Prometheus endpoint (on the management interface), for tests of business metrics. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of the sample named {@code nameAndLabels} (a regular expression, e.g.
     * {@code procurement_decisions_total\{outcome="APPROVE"\}}), empty when it has not been recorded yet.
     */
    public static OptionalDouble sample(String nameAndLabels) {
        String text = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + nameAndLabels + " ([0-9.eE+-]+)$").matcher(text);
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }
}
