package org.dlc.extension;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Ipei;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;

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

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
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
        if (editing == null) {
            boolean created = Faces.attempt("extension.refused", () -> extensions.create(
                    new DirectoryNumber(directoryNumber), new Lim(lim == null ? Lim.DEFAULT.number() : lim),
                    csp == null ? 0 : csp, thirdPartyClient));
            if (created) {
                Faces.info("extension.created", directoryNumber);
                seizureMessage(thirdPartyClient, false);
                edit(directoryNumber);
            }
        } else {
            boolean wasThirdParty = extensions.find(new DirectoryNumber(editing)).thirdPartyClient();
            boolean changed = Faces.attempt(thirdPartyClient && !wasThirdParty ? "extension.seizeRefused"
                    : "extension.refused", () -> extensions.change(new DirectoryNumber(editing),
                    lim == null ? null : new Lim(lim), csp, thirdPartyClient));
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
        if (dir != null && Faces.attempt("extension.subscriptionRefused", () -> subscriptions.subscribe(
                new DirectoryNumber(dir), Ipei.parse(ipei), authenticationKey))) {
            Faces.info("extension.subscribed", dir, Ipei.parse(ipei).printed());
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
