package org.parley.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Peak heap over a phase, three ways, because one reading is not to be trusted: the highest used
 * heap sampled every 50 ms (includes garbage not yet collected), the largest heap left after a
 * collection (the live set: what the run really needs), and the sum of the heap pools' own peaks
 * (an upper bound: pools peak at different moments).
 */
public final class HeapSampler implements AutoCloseable {
    public record Peak(long sampledUsed, long afterGc, long poolPeakSum) {}

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile long maxAfterGc;

    public HeapSampler() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        thread = new Thread(this::loop, "parley-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try { Thread.sleep(50); } catch (InterruptedException e) { return; }
        }
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > maxUsed) maxUsed = used;
        long afterGc = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) afterGc += u.getUsed();
        }
        if (afterGc > maxAfterGc) maxAfterGc = afterGc;
    }

    public Peak peak() {
        sample();
        long poolSum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) poolSum += p.getPeakUsage().getUsed();
        }
        return new Peak(maxUsed, maxAfterGc, poolSum);
    }

    @Override public void close() {
        running = false;
        thread.interrupt();
    }
}
