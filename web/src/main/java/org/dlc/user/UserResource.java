package org.dlc.user;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * Users and roles (admin only, see web.xml), and everyone's own password change. A DECT controller's account is
 * created without a password: the answer carries the secret the server generated, the only time it is shown.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    /** secret: only in the answer that issued it (JSON-B leaves it out when null). */
    public record User(String name, String role, boolean mustChangePassword, String secret) {
        static User of(UserAccount u) {
            return new User(u.name(), u.role().roleName(), u.mustChangePassword(), null);
        }

        User withSecret(String issued) {
            return new User(name, role, mustChangePassword, issued);
        }
    }

    public record NewUser(String name, String role, String password) {
    }

    public record UserChange(String role, String password) {
    }

    public record PasswordChange(String currentPassword, String password) {
    }

    public record NewToken(String label) {
    }

    /** token: the text, only in the answer that created it (JSON-B leaves it out when null). */
    public record Token(String id, String label, java.time.Instant createdAt, String token) {
        static Token of(ApiToken t) {
            return new Token(t.id(), t.label(), t.createdAt(), null);
        }
    }

    @EJB
    private UserService users;

    @Requires(Permission.USER_MANAGE)
    @GET
    public List<User> list() {
        return users.list().stream().map(User::of).toList();
    }

    @Requires(Permission.USER_MANAGE)
    @GET
    @Path("{name}")
    public User get(@PathParam("name") String name) {
        return User.of(users.find(name));
    }

    /** The password given here must be changed by the user at the first login. */
    @Requires(Permission.USER_MANAGE)
    @POST
    public Response create(NewUser body) {
        Require.body(body);
        String name = Require.present(body.name(), "name");
        Role role = Role.of(Require.present(body.role(), "role"));
        User created;
        if (role == Role.DECT_CONTROLLER && body.password() == null) {
            String secret = users.createDectController(name);
            created = get(name).withSecret(secret);
        } else {
            created = User.of(users.create(name, Require.present(body.password(), "password").toCharArray(), role));
        }
        return Response.created(URI.create("users/" + name)).entity(created).build();
    }

    /** A new secret for a DECT controller; the old one stops working at once. */
    @Requires(Permission.USER_MANAGE)
    @POST
    @Path("{name}/secret")
    public User issueSecret(@PathParam("name") String name) {
        String secret = users.issueSecret(name);
        return get(name).withSecret(secret);
    }

    @Requires(Permission.USER_MANAGE)
    @PATCH
    @Path("{name}")
    public User change(@PathParam("name") String name, UserChange body) {
        Require.body(body);
        if (body.role() != null) {
            users.changeRole(name, Role.of(body.role()));
        }
        if (body.password() != null) {
            users.resetPassword(name, body.password().toCharArray());
        }
        return get(name);
    }

    @Requires(Permission.USER_MANAGE)
    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        users.delete(name);
        return Response.noContent().build();
    }

    @Requires(Permission.OWN_ACCOUNT)
    @GET
    @Path("me")
    public User me(@Context SecurityContext security) {
        return get(caller(security));
    }

    /** The person calling: with an API token, the person it belongs to. */
    private static String caller(SecurityContext security) {
        return ApiToken.person(security.getUserPrincipal().getName());
    }

    @Requires(Permission.OWN_TOKENS)
    @GET
    @Path("me/tokens")
    public List<Token> tokens(@Context SecurityContext security) {
        return users.tokens(caller(security)).stream().map(Token::of).toList();
    }

    /** A new API token: the answer is the only time its text is shown. */
    @Requires(Permission.OWN_TOKENS)
    @POST
    @Path("me/tokens")
    public Response createToken(@Context SecurityContext security, NewToken body) {
        Require.body(body);
        ApiToken.Issued issued = users.createToken(caller(security), body.label());
        Token created = Token.of(issued.token());
        return Response.created(URI.create("users/me/tokens/" + created.id()))
                .entity(new Token(created.id(), created.label(), created.createdAt(), issued.text())).build();
    }

    @Requires(Permission.OWN_TOKENS)
    @DELETE
    @Path("me/tokens/{id}")
    public Response revokeToken(@Context SecurityContext security, @PathParam("id") String id) {
        users.revokeToken(caller(security), id);
        return Response.noContent().build();
    }

    @Requires(Permission.OWN_ACCOUNT)
    @PUT
    @Path("me/password")
    public User changeOwnPassword(@Context SecurityContext security, PasswordChange body) {
        Require.body(body);
        String name = caller(security);
        users.changeOwnPassword(name, Require.present(body.currentPassword(), "currentPassword").toCharArray(),
                Require.present(body.password(), "password").toCharArray());
        return get(name);
    }
}
