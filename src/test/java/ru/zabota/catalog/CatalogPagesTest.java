package ru.zabota.catalog;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages: the demo region's living catalog for an anonymous visitor (categories, a category with a territory
 * filter, an ad card asking to log in), the provider's «Услуги организации» with the pre-check message and the
 * returned ad's remarks, the staff ad page and the heads-only catalog mark.
 */
@ZabotaSpringTest
class CatalogPagesTest extends ru.zabota.support.PortalPagesTest {
    @Autowired
    TestRestTemplate http;
    @Test
    void theDemoCatalogIsAliveForAnAnonymousVisitor() throws Exception {
        HttpClient anonymous = client();
        String index = get(anonymous, "/catalog").body();
        assertThat(index).contains("Социальное такси", "Уборка жилья", "Доставка продуктов", "Сиделка", "Парикмахер на дому");

        Map<?, ?> all = http.getForObject("/api/catalog/ads?size=50", Map.class);
        assertThat(((Number) all.get("total")).intValue()).isGreaterThanOrEqualTo(12);
        List<Map<?, ?>> items = (List<Map<?, ?>>) all.get("items");
        assertThat(items.stream().map(a -> a.get("category")).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(items.stream().flatMap(a -> ((List<Map<?, ?>>) a.get("municipalities")).stream().map(m -> m.get("name")))
                .distinct().count()).isGreaterThanOrEqualTo(3);

        // the public registry filtered to «Поставщики по каталогу»: organisation 1 is there, organisation 2 is not
        List<Map<?, ?>> inCatalog = (List<Map<?, ?>>) http.getForObject("/api/providers?catalog=true", Map.class).get("items");
        assertThat(inCatalog).isNotEmpty().allSatisfy(p -> assertThat(p.get("catalog")).isEqualTo(true));
        assertThat(inCatalog.stream().map(p -> p.get("shortName").toString()).toList())
                .anyMatch(n -> n.contains("Ханты-Мансийский")).noneMatch(n -> n.contains("Содействие"));
        assertThat(get(anonymous, "/registry?catalog=true").body()).contains("Поставщики по каталогу").doesNotContain("Содействие");
        assertThat(get(anonymous, "/").body()).contains("Каталог услуг", "/catalog/taxi");

        Long nv = new CatalogJourney(http).town("Нижневартовск");
        String taxiInNv = get(anonymous, "/catalog/taxi?municipality=" + nv).body();
        assertThat(taxiInNv).contains("Такси с пандусом").doesNotContain("Социальное такси по Ханты-Мансийску");
        Object id = items.stream().filter(a -> a.get("shortName").equals("Такси с пандусом")).findFirst().orElseThrow().get("id");
        HttpResponse<String> card = get(anonymous, "/catalog/ads/" + id);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("Войдите, чтобы заключить контракт", "Войдите, чтобы отправить сообщение", "40,00 ₽ / км");
    }

    @Test
    void theProviderSeesItsAdsTheRemarksAndTheMissingItems() throws Exception {
        HttpClient provider = portal("provider", "PROVIDER");
        String page = get(provider, "/cabinet/ads").body();
        assertThat(page).contains("Услуги, предоставляемые по каталогу", "Прошло модерацию", "На модерации",
                "Возвращено на доработку", "Укажите, сколько длится одна прогулка");

        String newForm = get(provider, "/cabinet/ads/new").body();
        HttpResponse<String> saved = form(provider, "/cabinet/ads", Map.of("shortName", "Черновик страницы", "_csrf", csrf(newForm)));
        assertThat(saved.statusCode()).isEqualTo(302);
        Matcher submit = Pattern.compile("action=\"(/cabinet/ads/(\\d+)/submit)\"").matcher(get(provider, "/cabinet/ads").body());
        assertThat(submit.find()).isTrue();
        form(provider, submit.group(1), Map.of("_csrf", csrf(get(provider, "/cabinet/ads").body())));
        assertThat(get(provider, "/cabinet/ads").body()).contains("Объявление нельзя отправить на модерацию", "нет описания", "не указан вид оплаты");

        HttpClient provider2 = portal("provider2", "PROVIDER");
        assertThat(get(provider2, "/cabinet/ads").body()).contains("Организация не включена в реестр поставщиков по каталогу");
        HttpClient worker = portal("worker", "WORKER");
        assertThat(get(worker, "/cabinet/ads").statusCode()).isIn(403, 404);
        assertThat(new CatalogJourney(http).as("worker").getForEntity("/api/ads/" + submit.group(2), String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void staffSeeTheAdAndOnlyHeadsChangeTheCatalogMark() throws Exception {
        Object adId = ((List<Map<?, ?>>) http.getForObject("/api/catalog/ads", Map.class).get("items")).get(0).get("id");
        HttpClient moderator = staff("moderator");
        String ad = get(moderator, "/staff/ads/" + adId).body();
        assertThat(ad).contains("Возможные дубликаты", "История модерации", "Фёдорова Ирина");

        Map<?, ?> card = http.getForObject("/api/catalog/ads/" + adId, Map.class);
        String providerPage = "/staff/providers/" + card.get("providerId") + "/catalog";
        String asModerator = get(moderator, providerPage).body();
        assertThat(asModerator).contains("Отметку ставит и снимает руководитель УСЗН", "disabled");
        assertThat(form(moderator, providerPage, Map.of("enabled", "false", "_csrf", csrf(asModerator))).statusCode()).isEqualTo(403);

        HttpClient head = staff("head");
        String asHead = get(head, providerPage).body();
        try {
            form(head, providerPage, Map.of("enabled", "false", "_csrf", csrf(asHead)));
            assertThat(new CatalogJourney(http).publicStatus(adId).value()).isEqualTo(404);
            assertThat(get(head, providerPage).body()).contains("Орлов Николай, начальник отдела УСЗН: исключён");
        } finally {
            form(head, providerPage, Map.of("enabled", "true", "_csrf", csrf(get(head, providerPage).body())));
        }
        assertThat(new CatalogJourney(http).publicStatus(adId).value()).isEqualTo(200);
    }
}
