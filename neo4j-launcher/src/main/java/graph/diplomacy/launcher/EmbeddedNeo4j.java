package graph.diplomacy.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Starts Neo4j Community in-process with the Bolt and HTTP connectors on 127.0.0.1, for
 * machines without a Docker engine. It is driven by src/db/embedded/launcher.ts.
 *
 * <p>Arguments: {@code --data-dir PATH --bolt-port N --http-port N --config FILE
 * [--pagecache SIZE] [--browser-dir DIR]}; {@code --pagecache} (e.g. {@code 4g}) overrides the config file's
 * page cache, which is small for the seeded graph but must hold a generated dataset.
 * {@code --browser-dir} serves that directory's files (the project's Neo4j Browser guide and
 * graph style, neo4j-browser/) on a free loopback port, and makes Browser load them when it
 * connects ({@code browser.post_connect_cmd}); the port is only known here, so the setting
 * is made here rather than in neo4j.conf. The
 * password comes from the environment ({@code NEO4J_PASSWORD}) so it never shows in a
 * process list.
 *
 * <p>Contract with the parent process: once both connectors accept connections it prints
 * exactly one line {@code NEO4J_READY {json}} on stdout. It shuts the database down cleanly on
 * SIGTERM/SIGINT and also when its stdin reaches end-of-file, so a parent that dies without
 * signalling (a crash, a SIGKILL) never leaves an orphaned Java process behind.
 */
public final class EmbeddedNeo4j {
    private static final String LOOPBACK = "127.0.0.1";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failure) {
            // Neo4j's own threads are not daemons: without an explicit exit a failed start
            // would leave a JVM running that never becomes ready.
            System.err.println("neo4j-launcher: failed to start: " + failure);
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws InterruptedException, IOException {
        Arguments arguments = Arguments.parse(args);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set to at least 8 characters");
        }

        Files.createDirectories(arguments.dataDir());
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(arguments.dataDir());
        if (arguments.config() != null) {
            builder.loadPropertiesFromFile(arguments.config());
        }
        if (arguments.pageCache() != null) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, arguments.pageCache());
        }
        if (arguments.browserDir() != null) {
            String base = serveBrowserFiles(arguments.browserDir(), "http://" + LOOPBACK + ":" + arguments.httpPort());
            // The style inline (style.json: applied at once, where one fetched by URL would land
            // after the clear), then clear (its frame lists 80 lines of style, and Browser has
            // already opened ":play start" and the connect frame), then the guide alone
            // (issue 21). The same command as src/http/neo4j-browser.ts builds.
            String style = Files.readString(arguments.browserDir().resolve("style.json")).strip();
            builder.setConfig(
                    ServerSettings.browser_post_connect_cmd,
                    "style " + style + "; clear; play " + base + "/guide.html");
        }
        DatabaseManagementService dbms = builder
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, arguments.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, arguments.boltPort()))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, arguments.httpPort()))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, arguments.httpPort()))
                // Neo4j answers every HTTP request with this one Access-Control-Allow-Origin
                // value, whatever the request's Origin (default "*": any web page the analyst
                // visits could try Cypher with the development password). Its own origin
                // allows no other site; the Browser it serves is same-origin and needs none.
                .setConfig(
                        ServerSettings.http_access_control_allow_origin,
                        "http://" + LOOPBACK + ":" + arguments.httpPort())
                .build();

        // A WebSocket on the Bolt port only from the Browser this server serves: no other web
        // page may open one (see BoltOriginGuard).
        BoltOriginGuard.install(
                dbms,
                Set.of("http://" + LOOPBACK + ":" + arguments.httpPort(), "http://localhost:" + arguments.httpPort()));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(dbms, stopped), "neo4j-shutdown"));

        setPassword(dbms, password);

        System.out.println("NEO4J_READY " + readyJson(arguments));
        System.out.flush();

        watchStdin();
        stopped.await();
    }

    /**
     * Makes the password of the built-in `neo4j` user the configured one on every start, so the
     * configured password always wins and there is no "change required" step on first login.
     * A login with it is tried first, through the server's own authentication (no Cypher): on
     * every start but a data directory's first it succeeds, and the {@code ALTER USER}, the
     * first Cypher statement of a cold server, costs seconds it does not need to.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        if (canLogIn(dbms, password)) {
            return;
        }
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException error) {
            // Neo4j refuses to "change" a password to the one it already has: nothing to do.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                throw error;
            }
        }
    }

    /** Whether `neo4j` logs in with {@code password} and may use it as it is. */
    private static boolean canLogIn(DatabaseManagementService dbms, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                    .getDependencyResolver()
                    .resolveDependency(AuthManager.class);
            LoginContext login = auth.login(
                    AuthToken.newBasicAuthToken("neo4j", password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException | RuntimeException error) {
            // Whatever the reason, setting the password is the way that always works.
            return false;
        }
    }

    /**
     * Serves the files of {@code dir} (no subdirectories) read-only on a free loopback port,
     * for the Browser page at {@code browserOrigin} only (CORS), and returns the base URL.
     * Files are read on each request, so an edited guide shows on the next connect.
     *
     * <p>Each exchange runs on a virtual thread of its own: with the JDK server's default, the
     * dispatcher thread itself, one client that sends half a request stalls every other (three
     * did for 8 s). A request must arrive within 10 s and its answer leave within 10 s, or the
     * connection is closed (the JDK server's own limits, unlimited by default).
     */
    private static String serveBrowserFiles(Path dir, String browserOrigin) throws IOException {
        System.setProperty("sun.net.httpserver.maxReqTime", "10");
        System.setProperty("sun.net.httpserver.maxRspTime", "10");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(exchange, dir, browserOrigin);
            }
        });
        server.start();
        return "http://" + LOOPBACK + ":" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, Path dir, String browserOrigin) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", browserOrigin);
        String name = exchange.getRequestURI().getPath().replaceFirst("^/", "");
        Path file = dir.resolve(name).normalize();
        boolean allowed = name.matches("[A-Za-z0-9_-]+\\.(html|grass)")
                && file.getParent().equals(dir.normalize())
                && Files.isRegularFile(file);
        if (!"GET".equals(exchange.getRequestMethod()) || !allowed) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set(
                "Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** End-of-file on stdin means the parent is gone: exit, which runs the shutdown hook. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // The parent never writes; we only wait for the pipe to close.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end-of-file.
            }
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void shutDown(DatabaseManagementService dbms, CountDownLatch stopped) {
        System.err.println("neo4j-launcher: shutting down");
        dbms.shutdown();
        System.err.println("neo4j-launcher: stopped");
        stopped.countDown();
    }

    private static String readyJson(Arguments arguments) {
        return String.format(
                "{\"bolt\":\"bolt://%1$s:%2$d\",\"http\":\"http://%1$s:%3$d\",\"version\":\"%4$s\",\"pid\":%5$d}",
                LOOPBACK,
                arguments.boltPort(),
                arguments.httpPort(),
                Version.getNeo4jVersion(),
                ProcessHandle.current().pid());
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }

    private record Arguments(Path dataDir, int boltPort, int httpPort, Path config, Long pageCache, Path browserDir) {
        static Arguments parse(String[] args) {
            Path dataDir = Path.of(".data/neo4j");
            int boltPort = 7687;
            int httpPort = 7474;
            Path config = null;
            Long pageCache = null;
            Path browserDir = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    fail("missing value for " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--bolt-port" -> boltPort = port(name, value);
                    case "--http-port" -> httpPort = port(name, value);
                    case "--config" -> config = Path.of(value);
                    case "--pagecache" -> pageCache = bytes(name, value);
                    case "--browser-dir" -> browserDir = Path.of(value).toAbsolutePath();
                    default -> fail("unknown argument " + name);
                }
            }
            return new Arguments(dataDir.toAbsolutePath(), boltPort, httpPort, config, pageCache, browserDir);
        }

        private static Long bytes(String name, String value) {
            try {
                return ByteUnit.parse(value);
            } catch (IllegalArgumentException ignored) {
                fail(name + " must be a size such as 512m or 4g, got " + value);
                return null;
            }
        }

        private static int port(String name, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            fail(name + " must be a port number, got " + value);
            return -1;
        }
    }
}
