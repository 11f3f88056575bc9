package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.parley.model.Event;
import org.parley.store.SearchRequest;
import org.parley.store.SearchResult;
import org.parley.store.Searcher;
import org.parley.store.Store;
import org.parley.store.StoreQueries;
import org.parley.write.Json;

/**
 * {@code parley serve}: a read-only JSON API over a store folder, under {@code /api/} (the path {@code /}
 * is left for a web UI). Every list is paged ({@code offset}, {@code limit} up to {@value Params#MAX_PAGE});
 * parameters are limited in length, the whole query string to {@value #MAX_QUERY_STRING} characters,
 * headers to 8 KB and bodies to {@value #MAX_BODY} bytes. Errors are JSON
 * {@code {"error": {"status": 400, "message": "..."}}} with a 4xx status; an unexpected failure is a 500
 * with no detail (the detail goes to stderr). The OpenAPI 3 description is {@code /api/openapi.json}.
 */
public final class ApiServer implements AutoCloseable {
    static final int MAX_QUERY_STRING = 2_048;
    static final long MAX_BODY = 16_384;

    private final Store store;
    private final StoreQueries queries;
    private final Searcher searcher;
    private final Javalin app;
    private final String openApi;

    private ApiServer(Store store, Searcher searcher, String host, int port) {
        this.store = store;
        this.queries = new StoreQueries(store);
        this.searcher = searcher;
        this.openApi = resource("openapi.json");
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("parley-api");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.threadPool = threads;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(8_192);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            WebUi.configure(config);
        });
        routes();
        app.start(host, port);
    }

    /** Opens the store in {@code storeDir} read-only with its search index and serves it on host:port (0: a free port). */
    public static ApiServer start(Path storeDir, String host, int port) {
        Store store = Store.openReadOnly(storeDir);
        try {
            Searcher searcher = Searcher.open(storeDir, "<mark>", "</mark>", true);
            return new ApiServer(store, searcher, host, port);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public int port() { return app.port(); }

    private void routes() {
        app.before("/api/*", ctx -> {
            String q = ctx.queryString();
            if (q != null && q.length() > MAX_QUERY_STRING) {
                throw new ApiError(414, "query string longer than " + MAX_QUERY_STRING + " characters");
            }
        });
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/search", this::search);
        app.get("/api/articles/<id>", ctx -> json(ctx, queries.article(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiError(404, "no article '" + ctx.pathParam("id") + "'"))));
        app.get("/api/entities/{id}", ctx -> {
            Params p = new Params(ctx);
            json(ctx, queries.entity(ctx.pathParam("id"), p.limit())
                    .orElseThrow(() -> new ApiError(404, "no entity '" + ctx.pathParam("id") + "'")));
        });
        app.get("/api/events", ctx -> {
            Params p = new Params(ctx);
            var f = new StoreQueries.EventFilter(p.text("actor"), p.text("type"), p.date("since"), p.date("until"),
                    p.integer("quad", 1, 4), p.choice("salience", Event.Salience.class));
            checkRange(f.since(), f.until());
            json(ctx, queries.events(f, p.offset(), p.limit()));
        });
        app.get("/api/quotes", ctx -> {
            Params p = new Params(ctx);
            json(ctx, queries.quotes(p.text("speaker"), p.offset(), p.limit()));
        });
        app.get("/api/stories/{id}", ctx -> json(ctx, queries.record("stories", ctx.pathParam("id"))
                .orElseThrow(() -> new ApiError(404, "no story '" + ctx.pathParam("id") + "'"))));
        app.get("/api/dyads", ctx -> {
            Params p = new Params(ctx);
            String a = p.required("a"), b = p.required("b");
            var since = p.date("since");
            var until = p.date("until");
            checkRange(since, until);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("a", a);
            out.put("b", b);
            out.put("series", queries.dyad(a, b, since, until, p.choice("salience", Event.Salience.class), p.offset(), p.limit()));
            json(ctx, out);
        });
        WebUi.routes(app, store, ApiServer::json);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("parley serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal error");
        });
        // Javalin's own 404 and 405 answers are plain text; ours (thrown ApiError) are JSON already.
        app.error(404, ctx -> {
            if (!isJson(ctx)) error(ctx, 404, "no such endpoint: " + ctx.path() + " (see /api/openapi.json)");
        });
        app.error(405, ctx -> {
            if (!isJson(ctx)) error(ctx, 405, "method " + ctx.method() + " not allowed; the API is read-only (GET)");
        });
        app.error(413, ctx -> error(ctx, 413, "request body larger than " + MAX_BODY + " bytes"));
    }

    private void search(Context ctx) {
        Params p = new Params(ctx);
        var since = p.date("since");
        var until = p.date("until");
        checkRange(since, until);
        SearchRequest r = new SearchRequest(p.text("q"), p.text("actor"), p.text("type"), p.text("country"), p.text("speaker"),
                p.text("outlet"), since, until, p.offset(), p.limit(), p.flag("facets", true));
        SearchResult result;
        try {
            result = searcher.search(r);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("offset", r.offset());
        out.put("limit", r.limit());
        out.put("hits", result.hits());
        out.put("facets", result.facets());
        json(ctx, out);
    }

    private static void checkRange(java.time.LocalDate since, java.time.LocalDate until) {
        if (since != null && until != null && until.isBefore(since)) throw new ApiError(400, "'until' is before 'since'");
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(Json.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String errorJson(int status, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("message", message);
        try {
            return Json.mapper().writeValueAsString(Map.of("error", e));
        } catch (JsonProcessingException x) {
            return "{\"error\":{\"status\":" + status + "}}";
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(HttpStatus.forStatus(status)).contentType("application/json").result(errorJson(status, message));
    }

    private static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() {
        try {
            app.stop();
        } finally {
            try {
                searcher.close();
                queries.close();
            } finally {
                store.close();
            }
        }
    }

    /** Jetty's own errors (a header too large, a malformed request) as JSON too, never an HTML page or a stack. */
    private static final class JsonErrorHandler extends ErrorHandler {
        JsonErrorHandler() { setShowStacks(false); setShowServlet(false); }

        @Override protected void generateAcceptableResponse(org.eclipse.jetty.server.Request baseRequest,
                jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                int code, String message) throws IOException {
            baseRequest.setHandled(true);
            response.setContentType("application/json");
            response.getWriter().write(errorJson(code, message == null ? HttpStatus.forStatus(code).getMessage() : message));
        }
    }
}
