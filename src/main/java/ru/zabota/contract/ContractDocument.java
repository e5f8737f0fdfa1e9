package ru.zabota.contract;

import ru.zabota.common.Amounts;

import org.apache.poi.xwpf.usermodel.*;
import org.springframework.stereotype.Component;
import ru.zabota.people.Person;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ServiceForm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * «Печать договора» and «Акт о предоставлении социальных услуг» as DOCX (Apache POI XWPF). The contract follows
 * the typical form of the contract for social services (Приказ Минтруда России от 10.11.2014 № 874н): parties with
 * their details, subject, the services with volumes, periodicity and price, rights and duties, the fee and how it
 * was computed (442-ФЗ ст. 31–32), term, changes and termination, details and signatures — each signature with the
 * signer's name, the moment and the SHA-256 of the signed text.
 */
@Component
public class ContractDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ru.zabota.TimeConfig.REGION_ZONE);
    private static final String FONT = "Times New Roman";

    private final ContractService contracts;

    public ContractDocument(ContractService contracts) {
        this.contracts = contracts;
    }

    public byte[] render(Contract c) {
        Provider provider = c.getProvider();
        Person person = c.getPerson();
        List<ContractSignature> signed = contracts.signaturesOf(c.getId());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            title(doc, "ДОГОВОР № " + c.getNumber());
            centered(doc, "о предоставлении социальных услуг");
            text(doc, "г. " + (provider.getMunicipality() == null ? "—" : provider.getMunicipality().getName())
                    + "                                                            " + signedOn(signed));
            text(doc, provider.getFullName() + ", именуемое в дальнейшем «Исполнитель», от имени которого на основании устава действует "
                    + signerOf(signed, SigningParty.PROVIDER).orElse(provider.getHeadName() == null ? "руководитель" : provider.getHeadName() + ", руководитель")
                    + ", с одной стороны, и " + person.getFullName() + ", именуемый(ая) в дальнейшем «Заказчик»"
                    + signerOf(signed, SigningParty.CITIZEN).filter(s -> s.contains("законный представитель"))
                    .map(s -> ", от имени которого(ой) действует " + s).orElse("")
                    + ", с другой стороны, совместно именуемые «Стороны», заключили настоящий Договор о нижеследующем.");

            heading(doc, "I. Предмет Договора");
            text(doc, "1. Заказчик поручает, а Исполнитель обязуется оказать социальные услуги Заказчику на основании "
                    + basis(c) + " в форме социального обслуживания «" + form(c.getServiceForm()) + "», а Заказчик обязуется оплатить "
                    + "указанные услуги, за исключением случаев, когда законодательством о социальном обслуживании граждан "
                    + "в Российской Федерации предусмотрено предоставление социальных услуг бесплатно.");
            text(doc, "2. Заказчику предоставляются социальные услуги надлежащего качества в соответствии с перечнем, "
                    + "объёмом, периодичностью и стоимостью, указанными в таблице:");
            servicesTable(doc, c);
            text(doc, "Стоимость социальных услуг в месяц по тарифам: " + rub(c.monthlyCost()) + " ₽; за весь срок Договора: "
                    + rub(c.termCost()) + " ₽.");
            text(doc, "3. Место оказания услуг: " + (c.getServiceForm() == ServiceForm.HOME
                    ? "по месту жительства Заказчика: " + orDash(person.getAddress())
                    : "по месту нахождения Исполнителя: " + orDash(provider.getActualAddress() == null ? provider.getLegalAddress() : provider.getActualAddress())) + ".");
            text(doc, "4. По результатам оказания услуг Исполнитель представляет Заказчику акт о предоставлении социальных услуг, "
                    + "подписанный Исполнителем, в электронной форме на Портале социальных услуг.");

            heading(doc, "II. Взаимодействие Сторон");
            text(doc, "5. Исполнитель обязан: предоставлять Заказчику социальные услуги надлежащего качества в соответствии с "
                    + "порядком предоставления социальных услуг и индивидуальной программой; предоставлять бесплатно в доступной форме "
                    + "информацию о его правах и обязанностях, о видах социальных услуг, сроках, порядке и условиях их предоставления, "
                    + "о тарифах и их стоимости; использовать информацию о Заказчике в соответствии с требованиями законодательства "
                    + "о персональных данных; обеспечивать сохранность личных вещей и ценностей Заказчика; своевременно письменно "
                    + "уведомлять Заказчика об изменении порядка и условий предоставления услуг и размера платы; вести учёт "
                    + "услуг, оказанных Заказчику.");
            text(doc, "6. Исполнитель имеет право: отказать в предоставлении услуг в случае нарушения Заказчиком условий Договора; "
                    + "требовать от Заказчика соблюдения условий Договора; получать от Заказчика информацию, необходимую для "
                    + "выполнения обязательств по Договору; изменить размер оплаты при изменении среднедушевого дохода Заказчика "
                    + "или тарифов, известив об этом Заказчика.");
            text(doc, "7. Заказчик обязан: соблюдать сроки и условия Договора; представлять сведения и документы, необходимые "
                    + "для предоставления услуг, и сообщать об изменении обстоятельств, влияющих на размер платы; своевременно "
                    + "вносить плату за предоставленные социальные услуги; информировать Исполнителя о возникновении "
                    + "(изменении) обстоятельств, влекущих изменение (расторжение) Договора; уважительно относиться к работникам "
                    + "Исполнителя.");
            text(doc, "8. Заказчик имеет право: на уважительное и гуманное отношение; на получение бесплатно в доступной форме "
                    + "информации о своих правах и обязанностях, видах услуг, сроках, порядке и условиях их предоставления, "
                    + "о тарифах и их стоимости; на отказ от предоставления услуг; на защиту своих прав и законных интересов, "
                    + "в том числе в судебном порядке; на конфиденциальность информации личного характера; потребовать "
                    + "расторжения Договора при нарушении Исполнителем его условий.");

            heading(doc, "III. Стоимость социальных услуг, сроки и порядок их оплаты");
            Optional<FeeCalculator.Fee> fee = contracts.fee(c);
            fee.ifPresentOrElse(f -> {
                text(doc, "9. Размер ежемесячной платы за предоставление социальных услуг: " + rub(f.fee()) + " ₽. "
                        + "Плата рассчитана в соответствии со статьями 31 и 32 Федерального закона от 28.12.2013 № 442-ФЗ "
                        + "«Об основах социального обслуживания граждан в Российской Федерации» следующим образом:");
                int i = 1;
                for (String step : f.steps()) text(doc, "9." + i++ + ". " + step + ".");
            }, () -> text(doc, "9. Размер ежемесячной платы не рассчитан: среднедушевой доход Заказчика не указан. "
                    + "Плата определяется после представления сведений о доходе (442-ФЗ, ст. 31–32)."));
            text(doc, "10. Заказчик вносит плату ежемесячно не позднее 10-го числа месяца, следующего за месяцем оказания услуг, "
                    + "на основании акта о предоставлении социальных услуг.");

            heading(doc, "IV. Основания изменения и расторжения Договора");
            text(doc, "11. Условия Договора могут быть изменены по соглашению Сторон либо в соответствии с действующим "
                    + "законодательством Российской Федерации. Договор может быть расторгнут по соглашению Сторон, по инициативе "
                    + "любой из Сторон в одностороннем порядке в случаях, предусмотренных законодательством, а также в связи "
                    + "со смертью Заказчика или ликвидацией Исполнителя.");
            heading(doc, "V. Ответственность за неисполнение или ненадлежащее исполнение обязательств по Договору");
            text(doc, "12. Стороны несут ответственность за неисполнение или ненадлежащее исполнение обязательств по Договору "
                    + "в соответствии с законодательством Российской Федерации.");
            heading(doc, "VI. Срок действия Договора и другие условия");
            text(doc, "13. Настоящий Договор вступает в силу со дня его подписания Сторонами и действует "
                    + (c.getTermFrom() == null ? "в период, который установит Исполнитель до подписания"
                    : "с " + c.getTermFrom().format(DAY) + " по " + c.getTermTo().format(DAY)) + ".");
            text(doc, "14. Договор составлен в форме электронного документа и подписан Сторонами на Портале социальных услуг; "
                    + "каждая подпись удостоверяет текст Договора контрольной суммой SHA-256.");

            heading(doc, "VII. Адрес (место нахождения), реквизиты и подписи Сторон");
            XWPFTable parties = doc.createTable(1, 2);
            width(parties);
            cell(parties.getRow(0).getCell(0), List.of("Исполнитель", provider.getFullName(), "ИНН " + provider.getInn() + ", ОГРН " + provider.getOgrn(),
                    "Адрес: " + orDash(provider.getLegalAddress()), "Телефон: " + orDash(provider.getPhone()) + ", эл. почта: " + orDash(provider.getEmail())));
            cell(parties.getRow(0).getCell(1), List.of("Заказчик", person.getFullName(),
                    "Дата рождения: " + (person.getBirthDate() == null ? "—" : person.getBirthDate().format(DAY)),
                    "СНИЛС: " + person.getMaskedSnils(), "Адрес: " + orDash(person.getAddress())));
            XWPFTableRow signRow = parties.createRow();
            cell(signRow.getCell(0), signature(signed, SigningParty.PROVIDER));
            cell(signRow.getCell(1), signature(signed, SigningParty.CITIZEN));
            signed.stream().filter(s -> s.getParty() == SigningParty.ACT).findFirst().ifPresent(s ->
                    text(doc, "Акт о предоставлении социальных услуг подписан Заказчиком: " + s.getSigner() + ", "
                            + MOMENT.format(s.getSignedAt()) + ", SHA-256: " + s.getDocumentHash()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать договор", e);
        }
    }

    /** «Акт о предоставлении социальных услуг»: services, planned and delivered volumes, sums, both signatures. */
    public byte[] renderAct(Contract c) {
        ServiceAct act = contracts.act(c);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            title(doc, "АКТ");
            centered(doc, "о предоставлении социальных услуг по договору № " + act.contractNumber());
            text(doc, "Период: " + (act.termFrom() == null ? "не установлен" : "с " + act.termFrom().format(DAY) + " по " + act.termTo().format(DAY)) + ".");
            text(doc, "Исполнитель: " + act.provider() + ", ИНН " + act.providerInn() + ".");
            text(doc, "Заказчик (получатель социальных услуг): " + act.recipient() + ", СНИЛС " + act.recipientSnils() + ".");
            text(doc, "Исполнитель оказал, а Заказчик принял следующие социальные услуги:");
            XWPFTable t = doc.createTable(1, 6);
            width(t);
            header(t.getRow(0), List.of("№", "Социальная услуга", "Тариф, ₽", "Запланировано", "Оказано", "Сумма, ₽"));
            int n = 1;
            for (ServiceAct.Line l : act.lines()) {
                XWPFTableRow r = t.createRow();
                set(r.getCell(0), String.valueOf(n++));
                set(r.getCell(1), l.service() + " (ед.: " + l.unit() + ")");
                set(r.getCell(2), rub(l.tariff()));
                set(r.getCell(3), String.valueOf(l.planned()));
                set(r.getCell(4), String.valueOf(l.delivered()));
                set(r.getCell(5), rub(l.sum()));
            }
            XWPFTableRow total = t.createRow();
            set(total.getCell(1), "Итого");
            set(total.getCell(5), rub(act.total()));
            text(doc, "Оказаний, подтверждённых подписью Заказчика в календаре оказаний: " + act.confirmedDeliveries() + ".");
            text(doc, "Контрольная сумма акта (SHA-256): " + act.actHash());
            XWPFTable signs = doc.createTable(1, 2);
            width(signs);
            cell(signs.getRow(0).getCell(0), act.providerSignature().map(s -> List.of("Исполнитель", s.getSigner(),
                    "Договор подписан " + MOMENT.format(s.getSignedAt()), "SHA-256 договора: " + s.getDocumentHash()))
                    .orElse(List.of("Исполнитель", "Договор не подписан Исполнителем")));
            cell(signs.getRow(0).getCell(1), act.recipientSignature().map(s -> List.of("Заказчик", s.getSigner(),
                    "Акт подписан " + MOMENT.format(s.getSignedAt()), "SHA-256 акта: " + s.getDocumentHash()))
                    .orElse(List.of("Заказчик", "Акт ещё не подписан Заказчиком")));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать акт", e);
        }
    }

    private void servicesTable(XWPFDocument doc, Contract c) {
        XWPFTable t = doc.createTable(1, 7);
        width(t);
        header(t.getRow(0), List.of("№", "Социальная услуга", "Периодичность", "Объём за срок, ед.", "Тариф за ед., ₽",
                "В месяц, ед.", "В месяц, ₽"));
        int n = 1;
        for (ContractLine l : c.getLines()) {
            XWPFTableRow r = t.createRow();
            set(r.getCell(0), String.valueOf(n++));
            set(r.getCell(1), l.getServiceType().getName() + " (ед.: " + l.getServiceType().getUnit() + ")");
            set(r.getCell(2), l.getFrequency() == null ? "—" : l.getFrequency());
            set(r.getCell(3), String.valueOf(c.termVolume(l)));
            set(r.getCell(4), rub(l.getTariff()));
            set(r.getCell(5), Contract.monthlyUnits(l).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ','));
            set(r.getCell(6), rub(Contract.monthlyLineCost(l)));
        }
    }

    private static List<String> signature(List<ContractSignature> signed, SigningParty party) {
        String who = party == SigningParty.PROVIDER ? "Исполнитель" : "Заказчик";
        return signed.stream().filter(s -> s.getParty() == party).findFirst()
                .map(s -> List.of("Подпись: " + who, s.getSigner(), "Подписано " + MOMENT.format(s.getSignedAt()),
                        "SHA-256: " + s.getDocumentHash()))
                .orElse(List.of("Подпись: " + who, "не подписано"));
    }

    private static Optional<String> signerOf(List<ContractSignature> signed, SigningParty party) {
        return signed.stream().filter(s -> s.getParty() == party).map(ContractSignature::getSigner).findFirst();
    }

    private static String signedOn(List<ContractSignature> signed) {
        return signed.stream().filter(s -> s.getParty() == SigningParty.CITIZEN).findFirst()
                .map(s -> "«" + MOMENT.format(s.getSignedAt()).substring(0, 10) + "»").orElse("«___» __________ 20__ г.");
    }

    private static String basis(Contract c) {
        return c.getBasis() == ContractBasis.CERTIFICATE ? "социального сертификата на получение государственной услуги в социальной сфере"
                : "индивидуальной программы предоставления социальных услуг (ИППСУ)";
    }

    private static String form(ServiceForm f) {
        if (f == null) return "—";
        return switch (f) {
            case HOME -> "на дому";
            case SEMI_STATIONARY -> "полустационарная";
            case STATIONARY -> "стационарная";
        };
    }

    private static void width(XWPFTable t) {
        t.setWidth("100%");
    }

    private static void header(XWPFTableRow row, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setFontFamily(FONT);
            run.setFontSize(10);
            run.setText(titles.get(i));
        }
    }

    private static void set(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setFontFamily(FONT);
        run.setFontSize(10);
        run.setText(text);
    }

    private static void cell(XWPFTableCell cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFRun run = p.createRun();
            run.setBold(i == 0);
            run.setFontFamily(FONT);
            run.setFontSize(10);
            run.setText(lines.get(i));
        }
    }

    private static void title(XWPFDocument doc, String text) {
        paragraph(doc, text, true, 14, ParagraphAlignment.CENTER);
    }

    private static void centered(XWPFDocument doc, String text) {
        paragraph(doc, text, true, 12, ParagraphAlignment.CENTER);
    }

    private static void heading(XWPFDocument doc, String text) {
        paragraph(doc, text, true, 12, ParagraphAlignment.CENTER);
    }

    private static void text(XWPFDocument doc, String text) {
        paragraph(doc, text, false, 11, ParagraphAlignment.BOTH);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        r.setText(text);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String rub(BigDecimal v) {
        return Amounts.money(v);
    }
}
