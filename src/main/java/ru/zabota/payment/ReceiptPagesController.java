package ru.zabota.payment;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.zabota.common.NotFoundException;
import ru.zabota.portal.CabinetSections;
import ru.zabota.security.Acting;
import ru.zabota.security.ActingContext;

import java.nio.charset.StandardCharsets;

/**
 * Cabinet «Оплата» of the citizen and of the provider (receipts with the status filter) and the receipt page with its
 * payment QR and print form. The payment decision itself is posted to the catalog contract's step.
 */
@Controller
public class ReceiptPagesController {
    private final ReceiptViews views;
    private final ActingContext acting;

    public ReceiptPagesController(ReceiptViews views, ActingContext acting) {
        this.views = views;
        this.acting = acting;
    }

    @GetMapping("/cabinet/payments")
    public String payments(@RequestParam(required = false) ReceiptStatus status, @RequestParam(defaultValue = "0") int page,
                           Model model) {
        Acting a = acting.current();
        if (!CabinetSections.of(a.role()).contains("payments")) throw new NotFoundException("Нет такого раздела");
        model.addAttribute("receipts", views.list(a, status, page, ReceiptViews.PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", views.statuses());
        model.addAttribute("asCitizen", a.role() == ru.zabota.security.PortalRole.CITIZEN);
        model.addAttribute("base", status == null ? "/cabinet/payments" : "/cabinet/payments?status=" + status.name());
        return "payment/list";
    }

    @GetMapping("/receipts/{id}")
    public String receipt(@PathVariable Long id, Model model) {
        Acting a = acting.current();
        model.addAttribute("receipt", views.view(a, id));
        model.addAttribute("asCitizen", a.role() == ru.zabota.security.PortalRole.CITIZEN);
        model.addAttribute("maxReason", ReceiptService.MAX_REASON);
        return "payment/receipt";
    }

    @GetMapping("/receipts/{id}/qr.png")
    public ResponseEntity<byte[]> qr(@PathVariable Long id) {
        byte[] png = views.qrPng(acting.current(), id, 360);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping("/receipts/{id}/document")
    public ResponseEntity<byte[]> document(@PathVariable Long id) {
        return views.document(acting.current(), id).response();
    }
}
