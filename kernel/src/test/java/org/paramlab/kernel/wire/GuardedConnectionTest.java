package org.paramlab.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuardedConnectionTest {

    @Test
    void loopbackAddressesAreAccepted() {
        for (String ip : new String[] {"127.0.0.1", "::1", "localhost", "127.0.0.2"}) {
            assertDoesNotThrow(() -> GuardedConnection.requireLoopback(ip), ip);
        }
    }

    @Test
    void otherAddressesAreRejectedSayingLoopback() {
        for (String ip : new String[] {"0.0.0.0", "10.1.2.3", "*", "::", "192.168.1.1"}) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> GuardedConnection.requireLoopback(ip),
                            ip);
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + ip + "'"), e.getMessage());
        }
    }
}
