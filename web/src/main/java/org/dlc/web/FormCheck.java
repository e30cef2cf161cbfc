package org.dlc.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dlc.shared.InvalidInputException;

/**
 * A form's fields checked one by one, so that every error shows at once: each at its field (marked invalid, the
 * message beside it) and named by the field's label as the page shows it ("Directory number: must be 2..20 digits"),
 * never by the program's name for it ({@code directoryNumber}). The rules stay where they are (the domain's types
 * and services throw {@link InvalidInputException} naming the field); this maps their field names to the page's.
 */
public final class FormCheck {

    /** A field of the rules ({@code directoryNumber}), its input on the page ({@code f:dir}) and its label's key. */
    public record Field(String name, String clientId, String labelKey) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private boolean failed;

    public FormCheck(Field... fields) {
        for (Field f : fields) {
            this.fields.put(f.name(), f);
        }
    }

    public static Field field(String name, String clientId, String labelKey) {
        return new Field(name, clientId, labelKey);
    }

    /** The value the parse makes, or null after showing its error at its field (see {@link #failed}). */
    public <T> T value(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            refuse(e);
            return null;
        }
    }

    /** Whether a field was refused: then nothing is to be changed. */
    public boolean failed() {
        return failed;
    }

    /**
     * Runs the change; bad input it refuses is shown at its field (or, for a field not on the form, in the page's
     * messages under {@code refusalKey}), like any other refusal of the rules. @return whether it succeeded
     */
    public boolean attempt(String refusalKey, Runnable action) {
        if (failed) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            if (fields.containsKey(e.field())) {
                refuse(e);
                return false;
            }
            return Faces.attempt(refusalKey, () -> {
                throw e;
            });
        } catch (RuntimeException e) {
            return Faces.attempt(refusalKey, () -> {
                throw e;
            });
        }
    }

    /** Shows an error at a field of the form, in words of the page. */
    public void refuse(String name, String reason) {
        Field field = fields.get(name);
        FacesContext context = FacesContext.getCurrentInstance();
        String label = field == null ? name : Faces.text(field.labelKey());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + reason, "");
        if (field == null) {
            context.addMessage(null, message);
        } else {
            context.addMessage(field.clientId(), message);
            UIComponent input = context.getViewRoot().findComponent(field.clientId());
            if (input instanceof UIInput in) {
                in.setValid(false);
            }
        }
        context.validationFailed();
        failed = true;
    }

    private void refuse(InvalidInputException e) {
        refuse(e.field(), e.reason());
    }
}
