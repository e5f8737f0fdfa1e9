package ru.zabota.staff;

import ru.zabota.common.PageOf;
import ru.zabota.cases.SocialCase;

import ru.zabota.cases.CaseStatus;

import ru.zabota.cases.CaseType;

import ru.zabota.cases.SocialCaseService;

import ru.zabota.cases.SocialCaseRepository;

import ru.zabota.contract.DeliveryViews;
import ru.zabota.contract.DeliveryService;
import ru.zabota.contract.ContractViews;
import ru.zabota.contract.ContractService;
import ru.zabota.interagency.InteragencyService;
import ru.zabota.certificate.CertificateService;
import ru.zabota.needs.NeedsService;
import ru.zabota.people.PersonalDataAccessLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.zabota.common.NotFoundException;
import ru.zabota.security.StaffUser;

/**
 * Staff pages where Tasklist cannot serve: the register of cases and one case with its full status history
 * (who, when, from → to), a link to its process instance in Cockpit, its interagency requests and, for [603], the
 * contract with its signatures and deliveries.
 */
@Controller
public class StaffCasesController {
    private final SocialCaseRepository cases;
    private final SocialCaseService service;
    private final InteragencyService interagency;
    private final ContractService contracts;
    private final ContractViews contractViews;
    private final DeliveryService deliveries;
    private final DeliveryViews deliveryViews;
    private final NeedsService needs;
    private final CertificateService certificates;
    private final PersonalDataAccessLog accessLog;
    private final ru.zabota.workflow.Workflow workflow;

    public StaffCasesController(SocialCaseRepository cases, SocialCaseService service,
                                InteragencyService interagency, ContractService contracts,
                                ContractViews contractViews, DeliveryService deliveries,
                                DeliveryViews deliveryViews, NeedsService needs, CertificateService certificates,
                                PersonalDataAccessLog accessLog, ru.zabota.workflow.Workflow workflow) {
        this.accessLog = accessLog;
        this.workflow = workflow;
        this.needs = needs;
        this.certificates = certificates;
        this.contracts = contracts;
        this.contractViews = contractViews;
        this.deliveries = deliveries;
        this.deliveryViews = deliveryViews;
        this.cases = cases;
        this.service = service;
        this.interagency = interagency;
    }

    /** The journal of access to personal data, for the office's heads (152-ФЗ): who opened whose data, what, when. */
    @GetMapping("/staff/access-log")
    public String accessLog(@RequestParam(required = false) Long personId, @RequestParam(defaultValue = "0") int page,
                            @AuthenticationPrincipal StaffUser staff, Model model) {
        if (!staff.groups().contains(ru.zabota.workflow.StaffGroups.HEADS)) {
            throw new NotFoundException("Журнал доступа к персональным данным ведёт руководитель");
        }
        model.addAttribute("page", accessLog.journal(personId, PageOf.request(page, 50)));
        model.addAttribute("personId", personId);
        model.addAttribute("staff", staff);
        return "staff/access-log";
    }

    @GetMapping("/staff/login")
    public String login() {
        return "staff/login";
    }

    @GetMapping("/staff/cases")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String number, @RequestParam(required = false) CaseType type,
                       @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "0") int page,
                       @AuthenticationPrincipal StaffUser staff, Model model) {
        String pattern = number == null || number.isBlank() ? null : "%" + number.trim() + "%";
        model.addAttribute("page", cases.search(pattern, type, status, PageOf.request(page, 25)));
        model.addAttribute("number", number);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("staff", staff);
        return "staff/cases";
    }

    @GetMapping("/staff/cases/{id}")
    @Transactional(readOnly = true)
    public String one(@PathVariable Long id, @AuthenticationPrincipal StaffUser staff, Model model) {
        SocialCase c = cases.findWithApplicantById(id).orElseThrow(() -> new NotFoundException("Нет такого обращения"));
        model.addAttribute("theCase", c);
        // Cockpit shows running instances to those who may open Cockpit (heads, analysts): no link to a page that fails
        java.util.Optional<String> running = workflow.runningInstanceId(c.getNumber());
        boolean cockpit = staff.groups().contains(ru.zabota.workflow.StaffGroups.HEADS)
                || staff.groups().contains(ru.zabota.workflow.StaffGroups.ANALYSTS)
                || staff.groups().contains(ru.zabota.workflow.StaffGroups.ADMINS);
        model.addAttribute("cockpitInstanceId", cockpit ? running.orElse(null) : null);
        model.addAttribute("processEnded", c.getProcessInstanceId() != null && running.isEmpty());
        model.addAttribute("history", service.history(c.getId()));
        var requests = interagency.ofCase(c.getId());
        model.addAttribute("requests", requests);
        // while answers are pending the specialist's task waits: say until when
        requests.stream().filter(r -> r.getStatus() == ru.zabota.interagency.InteragencyRequestStatus.WAITING)
                .map(ru.zabota.interagency.InteragencyRequest::getDeadline).max(java.util.Comparator.naturalOrder())
                .ifPresent(due -> model.addAttribute("interagencyPendingUntil", due));
        // what the [602] Camunda Forms link to instead of holding it in process variables: [601], ИППСУ, the application
        Long personId = c.getApplicant().getId();
        accessLog.record(staff.userId(), staff.fullName(), personId,
                "Карточка обращения " + c.getNumber() + ": ФИО, дата рождения, СНИЛС, адрес, [601], ИППСУ");
        model.addAttribute("recognition", needs.activeRecognition(personId).orElse(null));
        needs.ippsuInForce(personId).ifPresent(i -> {
            model.addAttribute("ippsu", i);
            model.addAttribute("ippsuServices", i.getServices().stream().map(l -> l.getServiceType().getName() + " — "
                    + l.getVolume() + " " + l.getServiceType().getUnit() + ", " + l.getFrequency()).toList());
        });
        certificates.applicationOfCase(c.getId()).ifPresent(a -> model.addAttribute("certificateType", a.getCertificateType()));
        // [603]: the contract with its signatures and the confirmed deliveries, as the office's card of the recipient shows them
        contracts.ofCase(c.getId()).ifPresent(k -> {
            model.addAttribute("contract", contractViews.view(k));
            model.addAttribute("deliveries", deliveries.ofContract(k.getId()).stream().map(deliveryViews::view).toList());
        });
        model.addAttribute("staff", staff);
        return "staff/case";
    }
}
