package org.rpgkiosk.bench;

/** The cold-start floor: a Java hello-world, started exactly as the kiosk is. Waits to be stopped. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("hello");
        System.out.flush();
        Thread.sleep(30_000);
    }
}
