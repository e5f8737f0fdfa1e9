package ru.zabota.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.security.ActingContext;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Сообщения» (issue 12, seed 000): a citizen writes to a provider from its card, both continue the thread with
 * the unread counts on each side; a representative writes for the child; strangers get 404, a worker 403; empty
 * or too long text 422 with nothing saved; the text is shown escaped.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class MessagingApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    long providerOrg(String user) {
        return ((Number) as(user).getForObject("/api/me", Map.class).get("providerId")).longValue();
    }

    long childOfParent() {
        List<Map<?, ?>> represented = (List<Map<?, ?>>) as("parent").getForObject("/api/me", Map.class).get("represented");
        return ((Number) represented.get(0).get("personId")).longValue();
    }

    HttpHeaders actingFor(long personId) {
        HttpHeaders h = new HttpHeaders();
        h.set(ActingContext.ACTING_FOR_HEADER, Long.toString(personId));
        return h;
    }

    long unread(String user) {
        return ((Number) as(user).getForObject("/api/messages/threads", Map.class).get("unread")).longValue();
    }

    ResponseEntity<Map> start(String user, Object providerId, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", providerId);
        body.put("text", text);
        return as(user).postForEntity("/api/messages/threads", body, Map.class);
    }

    ResponseEntity<Map> reply(String user, Object threadId, String text) {
        return as(user).postForEntity("/api/messages/threads/" + threadId + "/messages", Map.of("text", text), Map.class);
    }

    Map<?, ?> row(String user, Object threadId) {
        List<Map<?, ?>> items = (List<Map<?, ?>>) ((Map<?, ?>) as(user).getForObject("/api/messages/threads?size=100", Map.class)
                .get("threads")).get("items");
        return items.stream().filter(t -> t.get("id").equals(threadId)).findFirst().orElse(null);
    }

    @Test
    void citizenAndProviderCorrespondWithUnreadCountsOnBothSides() {
        long org = providerOrg("provider");
        long citizenBefore = unread("citizen");
        long providerBefore = unread("provider");

        Map<String, Object> first = new HashMap<>(Map.of("providerId", org, "text", "Можно ли заказать такси до поликлиники на пятницу?",
                "catalogContractId", 31));
        ResponseEntity<Map> started = as("citizen").postForEntity("/api/messages/threads", first, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = started.getBody().get("id");
        assertThat(started.getHeaders().getLocation().getPath()).isEqualTo("/api/messages/threads/" + id);
        assertThat(started.getBody().get("catalogContractLink")).isEqualTo("/catalog-contracts/31");
        List<Map<?, ?>> messages = (List<Map<?, ?>>) started.getBody().get("messages");
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.get("author")).isEqualTo("Петрова Анна Сергеевна");
            assertThat(m.get("mine")).isEqualTo(true);
        });

        // the provider has one more unread; the citizen's own message is not unread for her
        assertThat(unread("provider")).isEqualTo(providerBefore + 1);
        assertThat(unread("citizen")).isEqualTo(citizenBefore);
        Map<?, ?> providerRow = row("provider", id);
        assertThat(providerRow.get("unread")).isEqualTo(1);
        assertThat(providerRow.get("otherParty")).isEqualTo("Петрова Анна Сергеевна");
        assertThat(providerRow.get("lastMessage")).isEqualTo("Можно ли заказать такси до поликлиники на пятницу?");
        assertThat(row("citizen", id).get("otherParty")).isEqualTo("БУ «Ханты-Мансийский КЦСОН»");

        // reading marks read for the reader only
        Map<?, ?> read = as("provider").getForObject("/api/messages/threads/" + id, Map.class);
        assertThat((List<?>) read.get("messages")).hasSize(1);
        assertThat(unread("provider")).isEqualTo(providerBefore);
        assertThat(row("provider", id).get("unread")).isEqualTo(0);

        ResponseEntity<Map> answered = reply("provider", id, "Да, машина будет в 9:30 у подъезда.");
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(unread("citizen")).isEqualTo(citizenBefore + 1);
        assertThat(row("citizen", id).get("unread")).isEqualTo(1);
        assertThat(unread("provider")).isEqualTo(providerBefore);

        Map<?, ?> thread = as("citizen").getForObject("/api/messages/threads/" + id, Map.class);
        List<Map<?, ?>> both = (List<Map<?, ?>>) thread.get("messages");
        assertThat(both.stream().map(m -> (Object) m.get("text")).toList()).containsExactly("Можно ли заказать такси до поликлиники на пятницу?",
                "Да, машина будет в 9:30 у подъезда.");
        assertThat(both.get(1).get("author")).isEqualTo("Соколова Мария Андреевна, заведующий отделением (БУ «Ханты-Мансийский КЦСОН»)");
        assertThat(both.get(1).get("mine")).isEqualTo(false);
        assertThat(both.get(1).get("createdAt")).isNotNull();
        assertThat(unread("citizen")).isEqualTo(citizenBefore);

        // writing again from the card continues the same thread (same provider, same contract)
        ResponseEntity<Map> again = as("citizen").postForEntity("/api/messages/threads",
                new HashMap<>(Map.of("providerId", org, "text", "Спасибо!", "catalogContractId", 31)), Map.class);
        assertThat(again.getBody().get("id")).isEqualTo(id);
        assertThat((List<?>) again.getBody().get("messages")).hasSize(3);

        // strangers: another citizen, another organisation → 404; a worker has no messages → 403; the provider does not start threads
        for (String stranger : List.of("citizen2", "provider2")) {
            assertThat(as(stranger).getForEntity("/api/messages/threads/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(reply(stranger, id, "чужое").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(row(stranger, id)).isNull();
        }
        assertThat(as("worker").getForEntity("/api/messages/threads", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("worker").getForEntity("/api/messages/threads/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(start("provider", org, "Здравствуйте").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/messages/threads", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("citizen").getForEntity("/api/messages/threads/987654321", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void emptyOrTooLongTextIsRefusedAndNothingIsSaved() {
        long org = providerOrg("provider");
        Object id = start("citizen", org, "Первое сообщение").getBody().get("id");
        Integer threads = jdbc.queryForObject("select count(*) from message_thread", Integer.class);
        Integer messages = jdbc.queryForObject("select count(*) from thread_message", Integer.class);
        long providerUnread = unread("provider");

        for (String bad : List.of("", "   \n\t ", "ы".repeat(4001))) {
            ResponseEntity<Map> refused = start("citizen", org, bad);
            assertThat(refused.getStatusCode()).as("new thread with %d chars", bad.length()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(refused.getBody().get("detail").toString()).containsAnyOf("Введите текст сообщения", "не длиннее 4000 символов");
            assertThat(reply("citizen", id, bad).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(reply("provider", id, bad).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        ResponseEntity<Map> noText = as("citizen").postForEntity("/api/messages/threads", Map.of("providerId", org), Map.class);
        assertThat(noText.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<Map> noProvider = as("citizen").postForEntity("/api/messages/threads", Map.of("text", "Кому-нибудь"), Map.class);
        assertThat(noProvider.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(start("citizen", 987654321L, "Несуществующему").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from message_thread", Integer.class)).isEqualTo(threads);
        assertThat(jdbc.queryForObject("select count(*) from thread_message", Integer.class)).isEqualTo(messages);
        assertThat(unread("provider")).isEqualTo(providerUnread);

        // exactly 4000 characters is a message
        assertThat(reply("citizen", id, "я".repeat(4000)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select count(*) from thread_message", Integer.class)).isEqualTo(messages + 1);
    }

    @Test
    void aRepresentativeWritesForTheChildAndReadsTheChildsThreads() {
        long org = providerOrg("provider");
        long child = childOfParent();
        TestRestTemplate parent = as("parent");
        HttpHeaders forChild = actingFor(child);
        ResponseEntity<Map> started = parent.exchange("/api/messages/threads", HttpMethod.POST,
                new HttpEntity<>(Map.of("providerId", org, "text", "Есть ли у вас занятия для ребёнка по субботам?"), forChild), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = started.getBody().get("id");
        assertThat(((Number) started.getBody().get("personId")).longValue()).isEqualTo(child);
        assertThat(started.getBody().get("personName")).isEqualTo("Смирнов Артём Игоревич");
        List<Map<?, ?>> written = (List<Map<?, ?>>) started.getBody().get("messages");
        assertThat(written.get(written.size() - 1).get("author"))
                .isEqualTo("Смирнова Елена Викторовна, законный представитель за Смирнов Артём Игоревич");
        // the answer shows the thread to the writer: read for the child's side from here on
        long childUnread = ((Number) parent.exchange("/api/messages/threads", HttpMethod.GET, new HttpEntity<>(forChild), Map.class)
                .getBody().get("unread")).longValue();

        // the provider sees the child as the other party and answers
        assertThat(row("provider", id).get("otherParty")).isEqualTo("Смирнов Артём Игоревич");
        assertThat(reply("provider", id, "Да, по субботам в 11:00.").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // acting for the child: one unread more; acting for herself the parent has no such thread
        Map<?, ?> list = parent.exchange("/api/messages/threads", HttpMethod.GET, new HttpEntity<>(forChild), Map.class).getBody();
        assertThat(((Number) list.get("unread")).longValue()).isEqualTo(childUnread + 1);
        assertThat(parent.getForEntity("/api/messages/threads/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("citizen").getForEntity("/api/messages/threads/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(parent.exchange("/api/messages/threads/" + id, HttpMethod.GET, new HttpEntity<>(forChild), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        list = parent.exchange("/api/messages/threads?size=100", HttpMethod.GET, new HttpEntity<>(forChild), Map.class).getBody();
        List<Map<?, ?>> rows = (List<Map<?, ?>>) ((Map<?, ?>) list.get("threads")).get("items");
        assertThat(rows.stream().filter(t -> t.get("id").equals(id)).findFirst().orElseThrow().get("unread")).isEqualTo(0);
        assertThat(((Number) list.get("unread")).longValue()).isLessThan(childUnread + 1);
    }

    static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void theTextIsShownEscapedAndThePagesCarryTheUnreadCount() throws Exception {
        long org = providerOrg("provider");
        String xss = "<script>alert('xss')</script><img src=x onerror=alert(1)> & «кавычки»";
        Object id = start("citizen", org, xss).getBody().get("id");

        PortalPages provider = PortalPages.as(port, "provider", "PROVIDER", null);
        String list = provider.get("/cabinet/messages").body();
        assertThat(list).contains("id=\"unreadMessages\"", "Петрова Анна Сергеевна", "&lt;script&gt;alert(")
                .doesNotContain("<script>alert(", "<img src=x");
        String thread = provider.get("/cabinet/messages/" + id).body();
        assertThat(thread).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; «кавычки»")
                .doesNotContain("<script>alert(", "<img src=x");

        // the reply form: an empty text shows the refusal, a text is added; the thread is in order
        HttpResponse<String> empty = provider.post("/cabinet/messages/" + id, Map.of("text", " "), thread);
        assertThat(empty.statusCode()).isEqualTo(302);
        assertThat(provider.get("/cabinet/messages/" + id).body()).contains("Введите текст сообщения");
        HttpResponse<String> sent = provider.post("/cabinet/messages/" + id, Map.of("text", "Ответ со страницы"), provider.get("/cabinet/messages/" + id).body());
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/cabinet/messages/" + id);
        String after = provider.get("/cabinet/messages/" + id).body();
        assertThat(after.indexOf("&lt;script&gt;")).isLessThan(after.indexOf("Ответ со страницы"));

        // the citizen: «Отправить сообщение» on the provider's card, the form, the new message, the thread
        PortalPages citizen = PortalPages.as(port, "citizen", "CITIZEN", null);
        assertThat(citizen.get("/registry/" + org).body()).contains("Отправить сообщение", "/cabinet/messages/new?providerId=" + org);
        assertThat(PortalPages.anonymous(port).get("/registry/" + org).body()).contains("Войдите, чтобы отправить сообщение");
        List<Map<?, ?>> ads = (List<Map<?, ?>>) http.getForObject("/api/catalog/ads?size=50", Map.class).get("items");
        Object ad = ads.stream().filter(a -> ((Number) a.get("providerId")).longValue() == org).findFirst().orElseThrow().get("id");
        assertThat(citizen.get("/catalog/ads/" + ad).body()).contains("id=\"sendMessage\"", "/cabinet/messages/new?providerId=" + org);
        assertThat(citizen.get("/cabinet/messages").body()).contains("id=\"unreadMessages\"");
        String form = citizen.get("/cabinet/messages/new?providerId=" + org).body();
        assertThat(form).contains("Сообщение поставщику", "БУ «Ханты-Мансийский КЦСОН»");
        HttpResponse<String> refused = citizen.post("/cabinet/messages", Map.of("providerId", Long.toString(org), "text", ""), form);
        assertThat(citizen.get(path(refused)).body()).contains("Введите текст сообщения");
        HttpResponse<String> created = citizen.post("/cabinet/messages", Map.of("providerId", Long.toString(org), "text", "Со страницы карточки"), form);
        String location = path(created);
        assertThat(location).matches(".*/cabinet/messages/\\d+");
        assertThat(citizen.get(location).body()).contains("Со страницы карточки", "Сообщение отправлено");
        assertThat(provider.get("/cabinet/messages/new?providerId=" + org).statusCode()).isEqualTo(403);
        assertThat(PortalPages.as(port, "worker", "WORKER", null).get("/cabinet/messages").statusCode()).isEqualTo(404);
    }
}
