package graph.diplomacy.launcher;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Refuses Bolt-over-WebSocket handshakes from web pages other than the Neo4j Browser this
 * launcher serves.
 *
 * <p>Why: the Bolt port also speaks WebSocket (for Neo4j Browser), and a WebSocket is not
 * subject to CORS: any page the analyst opens could connect to {@code ws://127.0.0.1:7687} and
 * try passwords (issue 22, finding 1: a page at {@code https://evil.example} got {@code 101}).
 * Neo4j 2026.09 has no setting for it: the Bolt connector's settings ({@code server.bolt.*} in
 * {@code BoltConnector} and {@code BoltConnectorInternalSettings}) name no origin and cannot
 * turn the WebSocket transport off, and {@code dbms.security.http_access_control_allow_origin}
 * covers the HTTP connector only. Its {@code TransportSelectionHandler} installs Netty's
 * {@code WebSocketServerProtocolHandler} for any connection whose first bytes are
 * {@code GET }, without looking at the {@code Origin} header.
 *
 * <p>How: Neo4j's Bolt connectors tell their {@link ConnectorListener}s about each new
 * connection while its Netty pipeline is being built, before any byte is read (Neo4j's own
 * read limits and keep-alive hook in there the same way). {@link #install} registers one that
 * puts a {@link Guard} first in that pipeline. The guard looks at the first bytes only: the
 * Bolt preamble, or anything that is not an HTTP {@code GET}, passes untouched; an HTTP request
 * head passes when every {@code Origin} it carries is allowed, or when it carries none (not a
 * browser: browsers send one with every WebSocket handshake, each on a connection of its own);
 * any other origin gets {@code 403} and the connection is closed. The guard then leaves the
 * pipeline, so Bolt traffic costs nothing more. These are Neo4j's internal interfaces (its
 * transport SPI, the obvious place, is sealed): a Neo4j upgrade that changes them fails the
 * launcher's build or {@code test/hardening/neo4j-protection.test.ts}.
 */
public final class BoltOriginGuard {
    /** Neo4j's own limit on a handshake (its HttpObjectAggregator), so we refuse nothing it takes. */
    static final int MAX_REQUEST_HEAD = 65_536;

    private BoltOriginGuard() {}

    /**
     * Guards every Bolt connector of {@code dbms} from now on, allowing WebSocket handshakes
     * from {@code allowedOrigins} (and from clients that send no Origin), and closes any
     * connection accepted before: none is ours, nothing connects before the ready line.
     */
    public static void install(DatabaseManagementService dbms, Set<String> allowedOrigins) {
        Set<String> allowed = Set.copyOf(allowedOrigins);
        BoltServer server = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver()
                .resolveDependency(BoltServer.class);
        // getConnectors() returns a raw List<Connector>.
        List<?> connectors = List.copyOf(server.getConnectors());
        if (connectors.isEmpty()) {
            throw new IllegalStateException("no Bolt connector to guard");
        }
        for (Object each : connectors) {
            Connector<?> connector = (Connector<?>) each;
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst("diplomacy-origin-guard", new Guard(allowed)));
                }
            });
            connector.connectionRegistry().stopAll(Duration.ofSeconds(2));
        }
    }

    /** Decides on a connection's first bytes, then steps out of the way. */
    static final class Guard extends ChannelInboundHandlerAdapter {
        private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

        private enum Decision { WAIT, PASS, REFUSE, TOO_LARGE }

        private final Set<String> allowed;
        private ByteBuf head;

        Guard(Set<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (!(message instanceof ByteBuf bytes)) {
                ctx.fireChannelRead(message);
                return;
            }
            head = head == null ? bytes : Unpooled.wrappedBuffer(head, bytes);
            switch (decide(head)) {
                case WAIT -> {}
                case PASS -> {
                    ByteBuf received = head;
                    head = null;
                    ctx.pipeline().remove(this);
                    ctx.fireChannelRead(received);
                }
                case REFUSE -> refuse(ctx, "403 Forbidden", "This origin may not open a Bolt connection.\n");
                case TOO_LARGE -> refuse(ctx, "431 Request Header Fields Too Large", "");
            }
        }

        private Decision decide(ByteBuf bytes) {
            int start = bytes.readerIndex();
            int length = bytes.readableBytes();
            for (int i = 0; i < Math.min(length, GET.length); i++) {
                if (bytes.getByte(start + i) != GET[i]) {
                    return Decision.PASS; // the Bolt preamble, TLS, or for Neo4j to refuse
                }
            }
            if (length < GET.length) {
                return Decision.WAIT;
            }
            int end = indexOf(bytes, END_OF_HEAD);
            if (end < 0) {
                return length > MAX_REQUEST_HEAD ? Decision.TOO_LARGE : Decision.WAIT;
            }
            String requestHead = bytes.toString(start, end - start, StandardCharsets.ISO_8859_1);
            for (String origin : origins(requestHead)) {
                if (!allowed.contains(origin)) {
                    return Decision.REFUSE;
                }
            }
            return Decision.PASS;
        }

        static List<String> origins(String requestHead) {
            List<String> origins = new ArrayList<>();
            for (String line : requestHead.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("origin")) {
                    origins.add(line.substring(colon + 1).trim());
                }
            }
            return origins;
        }

        private static int indexOf(ByteBuf bytes, byte[] needle) {
            int start = bytes.readerIndex();
            int last = bytes.writerIndex() - needle.length;
            outer:
            for (int i = start; i <= last; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes.getByte(i + j) != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private void refuse(ChannelHandlerContext ctx, String status, String body) {
            release();
            byte[] content = body.getBytes(StandardCharsets.US_ASCII);
            String response = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: "
                    + content.length + "\r\nConnection: close\r\n\r\n" + body;
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(Unpooled.copiedBuffer(response, StandardCharsets.US_ASCII))
                    .addListener(ChannelFutureListener.CLOSE);
        }

        private void release() {
            if (head != null) {
                head.release();
                head = null;
            }
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            release();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            release();
            ctx.fireChannelInactive();
        }
    }
}
