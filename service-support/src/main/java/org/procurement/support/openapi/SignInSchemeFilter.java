package org.procurement.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds the "oidc" security scheme that Swagger UI's Authorize button uses: Keycloak's authorization-code flow
 * (with PKCE, configured for Swagger UI) at the Keycloak URL known at run time, so one image serves every
 * environment. Browsers may reach Keycloak by another URL than the service does; {@code openapi.sign-in-url}
 * (env {@code OIDC_PUBLIC_URL}) names the realm as browsers see it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInSchemeFilter implements OASFilter {

    public static final String SCHEME = "oidc";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String realm = config.getOptionalValue("openapi.sign-in-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("http://localhost:8180/realms/procurement")
                .replaceAll("/+$", "");
        OAuthFlow authorizationCode = OASFactory.createOAuthFlow()
                .authorizationUrl(realm + "/protocol/openid-connect/auth")
                .tokenUrl(realm + "/protocol/openid-connect/token")
                .refreshUrl(realm + "/protocol/openid-connect/token")
                .scopes(java.util.Map.of("openid", "Sign in with your Keycloak account"));
        SecurityScheme scheme = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Sign in through Keycloak (realm at " + realm + "). In Swagger UI: Authorize, leave the "
                        + "client id 'swagger-ui' and the secret empty, tick 'openid', then sign in.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(authorizationCode));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, scheme);
    }
}
