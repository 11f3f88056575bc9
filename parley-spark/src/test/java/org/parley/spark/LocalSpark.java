package org.parley.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on 2 cores, no UI, bound to the loopback address (no network needed). */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start(String appName) {
        return SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
