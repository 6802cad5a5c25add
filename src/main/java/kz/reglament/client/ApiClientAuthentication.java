package kz.reglament.client;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated machine client, however it proved itself (API key or bearer token). */
public class ApiClientAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE = "ROLE_API_CLIENT";

    private final ApiClient client;

    public ApiClientAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.id();
    }
}
