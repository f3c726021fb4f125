package dev.actorgraph;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with Bolt on 127.0.0.1 only (auth is off, so it
 * must never listen on another interface).
 *
 * Arguments: data folder, Bolt port, page cache in MiB, and optionally
 * --exit-on-stdin-eof, which makes the database shut down when the parent process
 * closes our standard input: a launcher that dies (even by SIGKILL) never leaves
 * a JVM behind.
 *
 * Prints one "READY bolt://127.0.0.1:PORT" line once the default database answers,
 * so the launcher knows when to connect; SIGTERM or SIGINT shuts down cleanly
 * through the shutdown hook.
 */
public final class EmbeddedNeo4j {
  /**
   * Our own procedures (the time-respecting path search), registered in this JVM rather than loaded from a
   * plugins folder: the launcher runs from its compiled classes, and a server of one's own (NEO4J_URI) does
   * without them (the API then answers with a Cypher statement, src/graph/capabilities.ts).
   */
  private static void registerProcedures(GraphDatabaseService database) {
    try {
      ((GraphDatabaseAPI) database)
          .getDependencyResolver()
          .resolveDependency(GlobalProcedures.class)
          .registerProcedure(TimeRespectingPaths.class);
    } catch (ProcedureException e) {
      throw new IllegalStateException("could not register actorgraph.timeRespectingPaths: " + e.getMessage(), e);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: EmbeddedNeo4j <data folder> <bolt port> <page cache MiB> [--exit-on-stdin-eof]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheBytes = Long.parseLong(args[2]) * 1024 * 1024;
    boolean exitOnStdinEof = args.length == 4 && args[3].equals("--exit-on-stdin-eof");

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        // The app gives every read a timeout; checking every 2 s (the default) would let a
        // 500 ms budget run for up to 2.5 s.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
        // A local database reports nothing to anyone (and this machine may have no internet at all).
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Bolt waits 5 s for connections and another 5 s for its threads on shutdown; our clients
        // close their drivers first, so Ctrl-C need not take ten seconds.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    registerProcedures(database);
    database.executeTransactionally("RETURN 1");
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (exitOnStdinEof) {
      Thread watchdog = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // Nothing is ever sent; we only wait for the pipe to close.
          }
        } catch (IOException ignored) {
          // A broken pipe means the parent is gone, as EOF does.
        }
        System.exit(0);
      }, "parent-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
    }
    stopped.await();
  }
}
