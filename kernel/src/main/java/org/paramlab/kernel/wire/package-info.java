/**
 * The kernel's ZeroMQ connection, hardened: the shell and control channels drop messages whose HMAC
 * signature does not match the connection file's key and go on serving (IJava's base kernel lets
 * such a message end the channel's thread, which leaves the kernel deaf), and the kernel binds to
 * loopback addresses only.
 */
package org.paramlab.kernel.wire;
