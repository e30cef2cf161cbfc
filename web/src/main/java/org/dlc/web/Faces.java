package org.dlc.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.dlc.shared.NotFoundException;

/** Texts from the message bundle and FacesMessages for the pages' beans. */
public final class Faces {

    public static final String BUNDLE = "org.dlc.web.messages";

    private Faces() {
    }

    /** A typed field's value: stripped, or null when nothing (but blanks) was typed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args), null);
    }

    /**
     * Shows why the rules refused a request (bad input, not found, conflict such as an empty license pool).
     * @return whether the exception was one of those; anything else is a fault and is rethrown by the caller
     */
    public static boolean refused(String summaryKey, RuntimeException e) {
        if (e instanceof InvalidInputException || e instanceof NotFoundException || e instanceof ConflictException) {
            add(FacesMessage.SEVERITY_ERROR, text(summaryKey), e.getMessage());
            return true;
        }
        return false;
    }

    /** Runs an action; a refusal of the rules becomes an error message. @return whether it succeeded */
    public static boolean attempt(String refusalKey, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (refused(refusalKey, e)) {
                FacesContext.getCurrentInstance().validationFailed();
                return false;
            }
            throw e;
        }
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        // A FacesMessage without detail repeats its summary as detail: "" keeps it shown once.
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }
}
