package org.dlc.command;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The MX-ONE command interface over HTTP: {@code POST /dlc/api/commands} with one command line as the
 * text/plain body (at most 4096 characters; a final line break is ignored). Answers text/plain with the
 * printout: 200 when the command succeeded, else the status of {@link CommandResult} (400 bad command,
 * option or value; 404 not found; 409 conflict; 500 unexpected) with the error text; 413 for a longer line.
 */
@Path("commands")
public class CommandResource {

    private static final Logger LOG = Logger.getLogger(CommandResource.class.getName());
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");

    @EJB
    private CommandService commands;

    @Requires(Permission.COMMAND_RUN)
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public Response execute(String body) {
        String line = body == null ? "" : stripFinalLineBreaks(body);
        if (line.length() > CommandInterpreter.MAX_LINE_LENGTH) {
            return text(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "The command line is too long: at most "
                    + CommandInterpreter.MAX_LINE_LENGTH + " characters, was " + line.length() + ".\n");
        }
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return text(CommandResult.BAD_REQUEST, "Send one command line per request; the body has several lines.\n");
        }
        try {
            CommandResult result = commands.execute(line);
            return text(result.status(), result.output());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "command failed: " + CommandInterpreter.masked(line), e);
            return text(CommandResult.INTERNAL_ERROR, "Internal error: the command could not be run.\n");
        }
    }

    private static String stripFinalLineBreaks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Response text(int status, String output) {
        return Response.status(status).type(TEXT).entity(output).build();
    }
}
