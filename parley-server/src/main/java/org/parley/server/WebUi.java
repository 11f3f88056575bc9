package org.parley.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import org.parley.store.OverviewQueries;
import org.parley.store.Store;

/**
 * The web UI: static HTML, CSS and ES modules from {@code org/parley/server/ui/} on the class path, served at
 * {@code /} (no build step, no CDN), and the three read endpoints only its pages need beyond the API's
 * ({@code /api/overview}, {@code /api/stories}, {@code /api/entities/{id}/activity}). One class so that the
 * API server calls it in two places and nothing else.
 */
final class WebUi {
    private WebUi() {}

    /** Static files; called inside {@code Javalin.create}. */
    static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/org/parley/server/ui";
            files.location = Location.CLASSPATH;
            // The pages are small and change with the jar; let the browser revalidate rather than guess.
            files.headers = java.util.Map.of("Cache-Control", "no-cache");
        });
    }

    /** The UI's endpoints; called with the API's routes. */
    static void routes(Javalin app, Store store, java.util.function.BiConsumer<io.javalin.http.Context, Object> json) {
        OverviewQueries q = new OverviewQueries(store);
        app.get("/api/overview", ctx -> {
            Params p = new Params(ctx);
            Integer days = p.integer("days", 1, 3_650);
            json.accept(ctx, q.overview(days == null ? 30 : days, 10));
        });
        app.get("/api/stories", ctx -> {
            Params p = new Params(ctx);
            json.accept(ctx, q.stories(p.offset(), p.limit()));
        });
        app.get("/api/entities/{id}/activity", ctx -> json.accept(ctx, q.activity(ctx.pathParam("id"), 10)));
    }
}
