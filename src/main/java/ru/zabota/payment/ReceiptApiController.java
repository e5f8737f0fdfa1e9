package ru.zabota.payment;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import ru.zabota.common.PageOf;
import ru.zabota.security.ActingContext;

/**
 * Receipts in the API: the acting party's list with the status filter, one receipt (with the QR payload), its print
 * form. «Подтвердить оплату» / «Отклонить» is {@code POST /api/receipts/{id}/payment} of the catalog contract feature.
 */
@RestController
@RequestMapping("/api/receipts")
public class ReceiptApiController {
    private final ReceiptViews views;
    private final ActingContext acting;

    public ReceiptApiController(ReceiptViews views, ActingContext acting) {
        this.views = views;
        this.acting = acting;
    }

    @GetMapping
    public PageOf<ReceiptViews.ReceiptRow> list(@RequestParam(required = false) ReceiptStatus status,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        return views.list(acting.current(), status, page, size);
    }

    @GetMapping("/{id}")
    public ReceiptViews.ReceiptView one(@PathVariable Long id) {
        return views.view(acting.current(), id);
    }

    @GetMapping("/{id}/document")
    public ResponseEntity<byte[]> document(@PathVariable Long id) {
        return views.document(acting.current(), id).response();
    }
}
