package org.rpgkiosk.scrub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA-256 under the installation's secret, shortened. Stable across
 * exports from one installation, meaningless without its secret; a plain hash would not do,
 * since anyone could hash every candidate id and compare. Each kind of subject has its own
 * prefix inside the MAC, so a member and a response never share a value.
 *
 * <p>Member pseudonyms are scoped to a group: a person who attended two groups gets two, so
 * a role shown in a big group cannot be carried over to the same person in a small one where
 * it was withheld. Not thread-safe (one {@link Mac}); an export runs on one thread.
 */
public final class Pseudonyms {
    /** 48 bits: a roster of thousands collides with odds under one in a million. */
    public static final int MEMBER_HEX = 12;
    /** 64 bits: a million responses still join their files without collisions in practice. */
    public static final int RESPONSE_HEX = 16;

    private final Mac mac;
    /**
     * Put before a response's or member's subject: empty for the research profile, the profile's
     * name for another. The public and research releases then share no response or member
     * pseudonym, so one cannot be joined to the other by them (issue 33); within a profile they
     * stay stable from export to export.
     */
    private final String scope;

    public Pseudonyms(byte[] key) {
        this(key, "");
    }

    private Pseudonyms(byte[] key, String scope) {
        this.scope = scope;
        if (key.length < 16) throw new IllegalArgumentException("a pseudonym key needs at least 128 bits");
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static Pseudonyms fromHex(String secretHex) {
        return new Pseudonyms(HexFormat.of().parseHex(secretHex.trim()));
    }

    /** Keyed for one release profile: "research" as {@link #fromHex}; any other its own values. */
    public static Pseudonyms forProfile(String secretHex, String profile) {
        return new Pseudonyms(HexFormat.of().parseHex(secretHex.trim()), profile.equals("research") ? "" : profile + ":");
    }

    public String response(UUID id) {
        return "r_" + mac(scope + "response:" + id, RESPONSE_HEX);
    }

    public String member(int groupId, int memberId) {
        return "m_" + mac(scope + "member:" + groupId + ":" + memberId, MEMBER_HEX);
    }

    public String group(int groupId) {
        return "g_" + mac("group:" + groupId, MEMBER_HEX);
    }

    private String mac(String subject, int hexChars) {
        byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, hexChars);
    }
}
