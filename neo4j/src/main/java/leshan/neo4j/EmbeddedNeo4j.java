package leshan.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with a Bolt connector bound to 127.0.0.1 only.
 *
 * <p>Usage: {@code EmbeddedNeo4j <dataDir> <boltPort>}. Page cache and transaction timeout come from
 * the system properties {@code neo4j.pagecache} (bytes, default 512 MiB) and {@code
 * neo4j.txTimeoutSeconds} (default 30); the heap is the JVM's own {@code -Xmx}. The process stops
 * cleanly on SIGTERM and also when its standard input closes, so it never outlives the Node process
 * that started it.
 *
 * <p>Auth is on. The user {@code neo4j}'s password lives in {@code <dataDir>/password} (mode 0600):
 * generated on first start (or when the file is missing), set on a fresh store, never printed.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCache = Long.getLong("neo4j.pagecache", ByteUnit.mebiBytes(512));
    long txTimeout = Long.getLong("neo4j.txTimeoutSeconds", 30L);

    DatabaseManagementService service;
    try {
      service =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
              .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              // The API closes its driver before stopping Neo4j, so there is nothing to wait
              // for; the default waits (5 s each) would only slow every shutdown down.
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
              .build();
    } catch (RuntimeException e) {
      System.err.println("Neo4j failed to start: " + rootMessage(e));
      e.printStackTrace();
      System.exit(1);
      return;
    }

    try {
      ensurePassword(service, home.resolve("password"));
    } catch (IOException | RuntimeException e) {
      System.err.println("Neo4j could not set its password: " + rootMessage(e));
      service.shutdown();
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Neo4j shutting down");
                  service.shutdown();
                  stopped.countDown();
                }));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // Standard input is a pipe from the parent: its end means the parent has gone.
    Thread watchdog =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as end of input.
              }
              System.exit(0);
            },
            "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    stopped.await();
  }

  /**
   * Makes the user {@code neo4j}'s password the one in {@code file}. Only a fresh store (whose
   * {@code neo4j} still has to change the default password) or a missing file costs a write:
   * a restart on the same store reads one row of the system database and goes on.
   */
  private static void ensurePassword(DatabaseManagementService service, Path file)
      throws IOException {
    GraphDatabaseService system = service.database("system");
    boolean fresh;
    try (Transaction tx = system.beginTx(5, TimeUnit.MINUTES);
        Result users =
            tx.execute(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
                    + "RETURN passwordChangeRequired")) {
      fresh = !users.hasNext() || Boolean.TRUE.equals(users.next().get("passwordChangeRequired"));
    }
    if (!fresh && Files.exists(file)) return;
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      Path partial = file.resolveSibling(file.getFileName() + ".new");
      Files.deleteIfExists(partial);
      Files.createFile(
          partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          partial, Base64.getUrlEncoder().withoutPadding().encodeToString(random), StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
    String password = Files.readString(file, StandardCharsets.UTF_8).trim();
    try (Transaction tx = system.beginTx(5, TimeUnit.MINUTES)) {
      tx.execute(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password))
          .close();
      tx.commit();
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: the store already has this one.
      if (!rootMessage(e).contains("cannot be the same")) throw e;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
