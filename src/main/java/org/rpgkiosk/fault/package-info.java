/**
 * What every package may throw and say about a fault the person at the keyboard can act on
 * ({@link org.rpgkiosk.fault.UserError}) and why a file operation failed, in words
 * ({@link org.rpgkiosk.fault.IoReason}). A leaf: it depends on no package of the program, so no
 * package leans back on the one the process starts in.
 */
package org.rpgkiosk.fault;
