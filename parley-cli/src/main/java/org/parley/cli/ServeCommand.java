package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.server.ApiServer;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: a web UI at / and a read-only JSON API under /api/ (OpenAPI document at /api/openapi.json)."
                + " Stops on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store folder.")
    Path store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the API to the network).")
    String host;

    @Override public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
        ApiServer server;
        try {
            server = ApiServer.start(store, host, port);
        } catch (StoreException e) {
            System.err.println("parley serve: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("parley serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "parley-serve-stop"));
        System.err.println("parley serve: http://" + host + ":" + server.port() + "/ (web UI; API under /api/, OpenAPI: /api/openapi.json; Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
