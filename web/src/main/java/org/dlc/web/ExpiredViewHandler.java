package org.dlc.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page whose view the server no longer has (the person logged in again in another tab, or the session was
 * renewed) is opened afresh at the address the browser shows, for Ajax requests too (the alarms' 10 s refresh):
 * never an error, never the old rows presented as current. Registered in faces-config.xml.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (expired(events.next().getContext().getException())) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                if (!context.getResponseComplete()) {
                    reopen(context);
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void reopen(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String address = PageAddress.shown(request);
        try {
            context.getExternalContext().getFlash().setKeepMessages(true);
            Faces.info("session.viewExpired");
            if ("navigate".equals(request.getHeader("Sec-Fetch-Mode"))) {
                // A request the server repeats after a login carries the headers of an Ajax request, but the
                // browser shows its answer as a page: a plain redirect.
                ((jakarta.servlet.http.HttpServletResponse) context.getExternalContext().getResponse())
                        .sendRedirect(address);
            } else {
                context.getExternalContext().redirect(address);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The factory faces-config.xml names. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
