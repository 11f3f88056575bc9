/**
 * {@code parley serve}: the read-only REST API over a store (Javalin 6 on Jetty 11). No Javalin or Jetty
 * type leaves this package; the CLI only calls {@link org.parley.server.ApiServer#start}.
 */
package org.parley.server;
