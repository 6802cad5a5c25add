package kz.reglament.security;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** Logs in to a Camunda webapp as its login page does: fetch the CSRF token, then post the form with it. */
public final class WebappLogin {

    private WebappLogin() {
    }

    public static ResponseEntity<String> login(TestRestTemplate rest, String app, String user, String password) {
        return login(rest, "default", app, user, password);
    }

    public static ResponseEntity<String> login(TestRestTemplate rest, String engine, String app, String user,
            String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/" + engine + "/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookieHeader = cookies == null ? "" : String.join("; ",
                cookies.stream().map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList());
        return rest.exchange(RequestEntity.post("/camunda/api/admin/auth/user/" + engine + "/login/" + app)
                .header("X-XSRF-TOKEN", token)
                .header(HttpHeaders.COOKIE, cookieHeader)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + user + "&password=" + password), String.class);
    }
}
