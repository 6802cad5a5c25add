package kz.reglament.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;

/** The latencies of one kind of request, recorded from many threads; percentiles in milliseconds. */
public final class Latency {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);

    /** Records the time since {@code startNanos} (a {@link System#nanoTime()} reading). */
    public void since(long startNanos) {
        histogram.recordValue(Math.max(0, System.nanoTime() - startNanos));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000_000.0;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50Ms", round(percentileMillis(50)));
        summary.put("p95Ms", round(percentileMillis(95)));
        summary.put("p99Ms", round(percentileMillis(99)));
        summary.put("maxMs", round(histogram.getMaxValue() / 1_000_000.0));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
