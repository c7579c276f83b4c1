#pragma once

namespace circle::bench {

class BenchStores;

/**
 * Registers every store benchmark with Google Benchmark. Names follow
 * "<operation>/<entries>/<encrypted|plain>" so the result table can pair the
 * encrypted and unencrypted runs of the same operation and size.
 */
void registerStoreBenchmarks(BenchStores &stores);

} // namespace circle::bench
