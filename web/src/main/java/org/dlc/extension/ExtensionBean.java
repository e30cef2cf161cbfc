package org.dlc.extension;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Ipei;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;
import org.dlc.web.FormCheck;
import org.dlc.web.TableAddress;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;

/** The extensions page: extension -i/-c/-e with the third-party-client switch, dect_extension -i/-e. */
@Named
@ViewScoped
public class ExtensionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Access access;

    @EJB
    private ExtensionService extensions;

    @EJB
    private ExtensionInfoService info;

    @EJB
    private DectSubscriptionService subscriptions;

    @EJB
    private LicenseService licenses;

    private ExtensionInfoModel model;

    /** The extension being edited; null while creating a new one. */
    private String editing;
    private String directoryNumber;
    private Integer lim = Lim.DEFAULT.number();
    private Integer csp = 0;
    private boolean thirdPartyClient;
    private String ipei;
    private String authenticationKey;
    private transient ExtensionInfo current;

    /** The list's search (a directory-number range), page and order, in the page's address like extension_info's. */
    private String from;
    private String to;
    private final TableAddress table = new TableAddress();

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
        Map<String, String> url = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        table.read(url);
        from = url.get("from");
        to = url.get("to");
        if (from != null || to != null) {
            filter(); // on the page the address names
        }
    }

    /** Lists the extensions of a directory-number range (either end may be empty), from its first page. */
    public void search() {
        if (filter()) {
            table.firstPage();
            showAddress();
        }
    }

    private boolean filter() {
        FormCheck form = new FormCheck(FormCheck.field("from", "f:from", "extensionInfo.from"),
                FormCheck.field("to", "f:to", "extensionInfo.to"));
        ExtensionInfoModel.checkRange(form, from, to);
        if (form.failed() || !form.attempt("extensionInfo.filterRefused", () -> model.filter(from, to, null, false))) {
            model.refuse();
            return false;
        }
        return true;
    }

    private void showAddress() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        q.put("from", from == null || from.isBlank() ? null : from.strip());
        q.put("to", to == null || to.isBlank() ? null : to.strip());
        table.show(q, "f:table");
    }

    public void paged(PageEvent event) {
        table.paged(event);
        showAddress();
    }

    public void sorted(SortEvent event) {
        table.sorted(event);
        showAddress();
    }

    public TableAddress getTable() {
        return table;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public void newExtension() {
        editing = null;
        directoryNumber = null;
        lim = Lim.DEFAULT.number();
        csp = 0;
        thirdPartyClient = false;
        current = null;
        clearSubscriptionFields();
    }

    public void edit(String dir) {
        if (Faces.attempt("extension.refused", () -> current = info.one(new DirectoryNumber(dir)))) {
            Extension e = extensions.find(new DirectoryNumber(dir));
            editing = dir;
            directoryNumber = dir;
            lim = e.lim().number();
            csp = e.csp();
            thirdPartyClient = e.thirdPartyClient();
            clearSubscriptionFields();
        }
    }

    public void save() {
        if (!access.may(Permission.EXTENSION_CHANGE)) {
            return;
        }
        FormCheck form = extensionForm();
        Lim newLim = form.value(() -> new Lim(lim == null ? Lim.DEFAULT.number() : lim));
        Integer newCsp = form.value(() -> Extension.checkCsp(csp == null ? 0 : csp));
        if (editing == null) {
            DirectoryNumber dir = form.value(() -> new DirectoryNumber(directoryNumber == null ? "" : directoryNumber.strip()));
            boolean created = form.attempt("extension.refused", () -> extensions.create(dir, newLim, newCsp,
                    thirdPartyClient));
            if (created) {
                Faces.info("extension.created", directoryNumber);
                seizureMessage(thirdPartyClient, false);
                edit(directoryNumber);
            }
        } else {
            boolean wasThirdParty = extensions.find(new DirectoryNumber(editing)).thirdPartyClient();
            boolean changed = form.attempt(thirdPartyClient && !wasThirdParty ? "extension.seizeRefused"
                    : "extension.refused", () -> extensions.change(new DirectoryNumber(editing), newLim, newCsp,
                    thirdPartyClient));
            if (changed) {
                Faces.info("extension.changed", editing);
                seizureMessage(thirdPartyClient, wasThirdParty);
                edit(editing);
            } else {
                thirdPartyClient = wasThirdParty;
            }
        }
        model.filter(null, null, null, false);
    }

    /** The form's fields, named as the page labels them. */
    private static FormCheck extensionForm() {
        return new FormCheck(FormCheck.field("directoryNumber", "f:dir", "extension.dir"),
                FormCheck.field("lim", "f:lim", "extension.lim"), FormCheck.field("csp", "f:csp", "extension.csp"));
    }

    private void seizureMessage(boolean nowThirdParty, boolean wasThirdParty) {
        if (nowThirdParty == wasThirdParty) {
            return;
        }
        LicenseStatus s = licenses.status();
        Faces.info(nowThirdParty ? "extension.seized" : "extension.released", s.used(), s.allowed());
    }

    public void erase() {
        if (!access.may(Permission.EXTENSION_CHANGE)) {
            return;
        }
        String dir = editing;
        if (dir != null && Faces.attempt("extension.refused", () -> extensions.erase(new DirectoryNumber(dir)))) {
            Faces.info("extension.erased", dir);
            newExtension();
        }
    }

    public void subscribe() {
        if (!access.may(Permission.SUBSCRIPTION_CHANGE)) {
            return;
        }
        String dir = editing;
        if (dir == null) {
            return;
        }
        FormCheck form = new FormCheck(FormCheck.field("ipei", "f:ipei", "extension.ipei"),
                FormCheck.field("authenticationKey", "f:key", "extension.authenticationKey"));
        Ipei parsed = form.value(() -> Ipei.parse(ipei == null ? "" : ipei));
        form.value(() -> org.dlc.handset.Handset.checkKey(authenticationKey));
        if (form.attempt("extension.subscriptionRefused", () -> subscriptions.subscribe(
                new DirectoryNumber(dir), parsed, authenticationKey))) {
            Faces.info("extension.subscribed", dir, parsed.printed());
            edit(dir);
        }
    }

    public void unsubscribe() {
        if (!access.may(Permission.SUBSCRIPTION_CHANGE)) {
            return;
        }
        String dir = editing;
        if (dir != null && Faces.attempt("extension.subscriptionRefused",
                () -> subscriptions.unsubscribe(new DirectoryNumber(dir)))) {
            Faces.info("extension.unsubscribed", dir);
            edit(dir);
        }
    }

    private void clearSubscriptionFields() {
        ipei = null;
        authenticationKey = null;
    }

    public ExtensionInfo getCurrent() {
        if (current == null && editing != null) {
            current = info.one(new DirectoryNumber(editing));
        }
        return current;
    }

    /** EL passes a missing IPEI as "". */
    public String printedIpei(String value) {
        return value == null || value.isEmpty() ? "" : new Ipei(value).printed();
    }

    public ExtensionInfoModel getModel() {
        return model;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public String getDirectoryNumber() {
        return directoryNumber;
    }

    public void setDirectoryNumber(String directoryNumber) {
        this.directoryNumber = directoryNumber;
    }

    public Integer getLim() {
        return lim;
    }

    public void setLim(Integer lim) {
        this.lim = lim;
    }

    public Integer getCsp() {
        return csp;
    }

    public void setCsp(Integer csp) {
        this.csp = csp;
    }

    public boolean isThirdPartyClient() {
        return thirdPartyClient;
    }

    public void setThirdPartyClient(boolean thirdPartyClient) {
        this.thirdPartyClient = thirdPartyClient;
    }

    public String getIpei() {
        return ipei;
    }

    public void setIpei(String ipei) {
        this.ipei = ipei;
    }

    public String getAuthenticationKey() {
        return authenticationKey;
    }

    public void setAuthenticationKey(String authenticationKey) {
        this.authenticationKey = authenticationKey;
    }
}
