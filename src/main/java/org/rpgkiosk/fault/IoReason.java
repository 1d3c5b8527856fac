package org.rpgkiosk.fault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. The JDK's file exceptions carry only the path as their
 * message ("/proc/x"), so a message built on getMessage() read "cannot create the folder
 * /proc/x: /proc/x".
 */
public final class IoReason {
    private IoReason() {}

    public static String of(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "it already exists";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        String message = e.getMessage();
        if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
            return "the disk is full (" + lowerFirst(message) + ")";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason != null && !reason.isBlank()) return lowerFirst(reason);
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        if (!(e instanceof IOException)) return message;
        return lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
