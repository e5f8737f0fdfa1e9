package ru.zabota.catalogcontract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.zabota.ZabotaSpringTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the catalog contract in a browser-like session (form login, role, CSRF): the ad card's «Заключить
 * контракт», the request page, the card showing each viewer only the actions open to them now, the cabinet sections,
 * the provider's payment decision posted as the receipt page does; strangers 404, the worker 403, a past date shown
 * back with nothing saved.
 */
@ZabotaSpringTest
class CatalogContractPagesTest extends ru.zabota.support.PortalPagesTest {
    @Autowired
    TestRestTemplate http;
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));

    @Test
    void theJourneyThroughThePages() throws Exception {
        Long ad = new CatalogContractJourney(http).adId(CatalogContractJourney.TAXI);
        HttpClient citizen = portal("citizen", "CITIZEN");
        assertThat(get(citizen, "/catalog/ads/" + ad).body()).contains("Заключить контракт", "/catalog-contracts/new?adId=" + ad)
                .doesNotContain("Войдите, чтобы заключить контракт");
        HttpClient provider = portal("provider", "PROVIDER");
        assertThat(get(provider, "/catalog/ads/" + ad).body()).doesNotContain("Заключить контракт");
        assertThat(get(provider, "/catalog-contracts/new?adId=" + ad).statusCode()).isEqualTo(403);

        String request = get(citizen, "/catalog-contracts/new?adId=" + ad).body();
        assertThat(request).contains("Заявка на новый контракт", "Планируемая дата", "Количество, ед.: поездка", "Сохранить");
        long before = new CatalogContractJourney(http).total("citizen");
        HttpResponse<String> past = form(citizen, "/catalog-contracts", fields("adId", ad, "plannedDate", today.minusDays(3),
                "quantity", "1", "comment", "в прошлом", "_csrf", csrf(request)));
        assertThat(past.headers().firstValue("Location").orElse("")).contains("/catalog-contracts/new?adId=" + ad);
        assertThat(get(citizen, "/catalog-contracts/new?adId=" + ad).body()).contains("Планируемая дата не может быть в прошлом");
        assertThat(new CatalogContractJourney(http).total("citizen")).isEqualTo(before);

        HttpResponse<String> saved = form(citizen, "/catalog-contracts", fields("adId", ad, "plannedDate", today.plusDays(4),
                "quantity", "2", "comment", "Поездка в МФЦ <b>срочно</b>", "_csrf", csrf(get(citizen, "/catalog-contracts/new?adId=" + ad).body())));
        String location = saved.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("/catalog-contracts/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        String card = "/catalog-contracts/" + m.group(1);
        String citizenCard = get(citizen, card).body();
        assertThat(citizenCard).contains("Заключение", "Заказ отправлен поставщику", "2 поездки ×", "Поездка в МФЦ &lt;b&gt;срочно&lt;/b&gt;")
                .doesNotContain("id=\"providerAccept\"", "id=\"citizenAccept\"");
        String providerCard = get(provider, card).body();
        assertThat(providerCard).contains("id=\"providerAccept\"", "id=\"providerDecline\"");
        HttpClient worker = portal("worker", "WORKER");
        assertThat(get(worker, card).body()).doesNotContain("id=\"providerAccept\"");
        assertThat(form(worker, card + "/decision", fields("decision", "ACCEPT", "_csrf", csrf(get(worker, card).body()))).statusCode()).isEqualTo(403);
        for (String stranger : new String[]{"citizen2", "provider2", "parent"}) {
            HttpClient c = portal(stranger, stranger.startsWith("provider") ? "PROVIDER" : "CITIZEN");
            assertThat(get(c, card).statusCode()).as(stranger).isEqualTo(404);
        }
        String number = Pattern.compile("K-\\d{4}-\\d{6}").matcher(citizenCard).results().findFirst().orElseThrow().group();
        assertThat(get(citizen, "/cabinet/catalog-contracts").body()).contains(number);
        assertThat(get(citizen, "/cabinet/catalog-contracts?status=IN_WORK").body()).doesNotContain(number);
        assertThat(get(provider, "/cabinet/catalog-contracts").body()).contains(number);

        form(provider, card + "/decision", fields("decision", "ACCEPT", "comment", "Машина будет у подъезда в 9:30", "_csrf", csrf(providerCard)));
        citizenCard = get(citizen, card).body();
        assertThat(citizenCard).contains("id=\"citizenAccept\"", "Машина будет у подъезда в 9:30", "Поставщик: договор заключён");
        assertThat(get(provider, card).body()).doesNotContain("id=\"providerAccept\"");
        form(citizen, card + "/decision", fields("decision", "ACCEPT", "_csrf", csrf(citizenCard)));
        assertThat(get(citizen, "/cabinet/my-services").body()).contains(number, "В работе");
        assertThat(get(provider, "/cabinet/my-services").body()).contains(number, "В работе");
        assertThat(get(worker, "/cabinet/my-services").statusCode()).isEqualTo(404);

        providerCard = get(provider, card).body();
        assertThat(providerCard).contains("id=\"markDone\"");
        form(provider, card + "/done", fields("quantity", "1", "actualCost", "-1", "_csrf", csrf(providerCard)));
        assertThat(get(provider, card).body()).contains("Стоимость не может быть отрицательной", "В работе");
        form(provider, card + "/done", fields("quantity", "1", "actualCost", "275.50", "_csrf", csrf(get(provider, card).body())));
        citizenCard = get(citizen, card).body();
        assertThat(citizenCard).contains("id=\"acceptCost\"", "275,50 ₽");
        form(citizen, card + "/acceptance", fields("decision", "ACCEPT", "_csrf", csrf(citizenCard)));
        citizenCard = get(citizen, card).body();
        assertThat(citizenCard).contains("Исполнен", "Квитанция: На оплате");
        Matcher receipt = Pattern.compile("/receipts/(\\d+)").matcher(citizenCard);
        assertThat(receipt.find()).isTrue();
        providerCard = get(provider, card).body();
        assertThat(providerCard).contains("id=\"confirmPayment\"");
        HttpResponse<String> paid = form(provider, "/receipts/" + receipt.group(1) + "/payment", fields("decision", "CONFIRM", "_csrf", csrf(providerCard)));
        assertThat(paid.headers().firstValue("Location").orElse("")).endsWith("/receipts/" + receipt.group(1));
        assertThat(get(citizen, card).body()).contains("Квитанция: Оплачена");
        assertThat(get(provider, card).body()).doesNotContain("id=\"confirmPayment\"");
    }

    static Map<String, String> fields(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i].toString(), kv[i + 1].toString());
        return m;
    }
}
