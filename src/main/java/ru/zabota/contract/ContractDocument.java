package ru.zabota.contract;

import org.apache.poi.xwpf.usermodel.*;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** «Печать договора»: the contract as DOCX — parties, services with volumes and tariffs, term, cost, fee, signatures. */
@Component
public class ContractDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ru.zabota.TimeConfig.REGION_ZONE);

    private final ContractService contracts;

    public ContractDocument(ContractService contracts) {
        this.contracts = contracts;
    }

    public byte[] render(Contract c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "ДОГОВОР № " + c.getNumber(), true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, "о предоставлении социальных услуг", true, 12, ParagraphAlignment.CENTER);
            paragraph(doc, "Поставщик: " + c.getProvider().getFullName() + ", ИНН " + c.getProvider().getInn() + ", ОГРН "
                    + c.getProvider().getOgrn() + ", адрес: " + c.getProvider().getLegalAddress() + ".", false, 11, ParagraphAlignment.LEFT);
            paragraph(doc, "Получатель социальных услуг: " + c.getPerson().getFullName() + ", "
                    + c.getPerson().getBirthDate().format(DAY) + " г. р., СНИЛС " + c.getPerson().getSnils() + ", адрес: "
                    + (c.getPerson().getAddress() == null ? "—" : c.getPerson().getAddress()) + ".", false, 11, ParagraphAlignment.LEFT);
            paragraph(doc, "Период действия договора: " + (c.getTermFrom() == null ? "не установлен"
                    : "с " + c.getTermFrom().format(DAY) + " по " + c.getTermTo().format(DAY)) + ".", false, 11, ParagraphAlignment.LEFT);

            XWPFTable t = doc.createTable(1, 5);
            header(t.getRow(0), List.of("Социальная услуга", "Ед.", "Объём за период", "Тариф, ₽", "В месяц, ед."));
            for (ContractLine l : c.getLines()) {
                XWPFTableRow r = t.createRow();
                r.getCell(0).setText(l.getServiceType().getName());
                r.getCell(1).setText(l.getServiceType().getUnit());
                r.getCell(2).setText(String.valueOf(c.termVolume(l)));
                r.getCell(3).setText(money(l.getTariff()));
                r.getCell(4).setText(String.valueOf(Contract.monthlyVolume(l)));
            }
            paragraph(doc, "Стоимость социальных услуг в месяц: " + money(c.monthlyCost()) + " ₽.", false, 11, ParagraphAlignment.LEFT);
            contracts.fee(c).ifPresentOrElse(
                    f -> paragraph(doc, "Размер платы получателя в месяц: " + money(f.fee()) + " ₽. " + f.explanation() + ".", false, 11, ParagraphAlignment.LEFT),
                    () -> paragraph(doc, "Размер платы получателя не рассчитан: не указан среднедушевой доход.", false, 11, ParagraphAlignment.LEFT));

            paragraph(doc, "Подписи сторон", true, 12, ParagraphAlignment.LEFT);
            List<ContractSignature> signed = contracts.signaturesOf(c.getId());
            if (signed.isEmpty()) paragraph(doc, "Договор ещё не подписан.", false, 11, ParagraphAlignment.LEFT);
            for (ContractSignature s : signed) {
                paragraph(doc, (s.getParty() == SigningParty.PROVIDER ? "Поставщик" : s.getParty() == SigningParty.CITIZEN
                        ? "Получатель" : "Акт оказанных услуг") + ": подписано " + s.getSigner() + " " + MOMENT.format(s.getSignedAt())
                        + ", SHA-256 документа: " + s.getDocumentHash(), false, 9, ParagraphAlignment.LEFT);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Не удалось сформировать договор", e);
        }
    }

    private static void header(XWPFTableRow row, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(titles.get(i));
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Times New Roman");
        r.setText(text);
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
