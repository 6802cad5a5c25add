package kz.reglament.client;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated bearer token into a client: its id, tenants and services come from claims, so an identity
 * provider scopes each portal without a change here.
 */
public class JwtApiClients implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ApiClientProperties.Jwt claims;

    public JwtApiClients(ApiClientProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String id = token.getClaimAsString(claims.clientIdClaim());
        if (id == null || id.isBlank()) {
            id = token.getSubject();
        }
        return new ApiClientAuthentication(new ApiClient(id, listClaim(token, claims.tenantsClaim()),
                listClaim(token, claims.servicesClaim()), 0));
    }

    private static List<String> listClaim(Jwt token, String name) {
        List<String> values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }
}
