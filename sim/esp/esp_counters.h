#pragma once

#include <cstdint>

namespace vtd::sim::esp {

/**
 * The packet counters of `show crypto ipsec sa`, kept per SA and summed per flow ("ident")
 * by the IPsec layer; the replay and auth failure counts are the part of `#recv errors` that
 * the trace and `expect` lines need separately.
 */
struct EspCounters
{
    std::uint64_t encaps = 0;              ///< #pkts encaps
    std::uint64_t encrypt = 0;             ///< #pkts encrypt (0 for esp-null)
    std::uint64_t digest = 0;              ///< #pkts digest (0 without ESP authentication)
    std::uint64_t decaps = 0;              ///< #pkts decaps
    std::uint64_t decrypt = 0;             ///< #pkts decrypt
    std::uint64_t verify = 0;              ///< #pkts verify
    std::uint64_t compressed = 0;          ///< IPComp: always 0 (PIX 6.2 has none)
    std::uint64_t decompressed = 0;
    std::uint64_t notCompressed = 0;
    std::uint64_t compressionFailed = 0;
    std::uint64_t decompressionFailed = 0;
    std::uint64_t sendErrors = 0;          ///< #send errors: matched but not sent protected
    std::uint64_t recvErrors = 0;          ///< #recv errors: every inbound failure after SA lookup
    std::uint64_t replayFailures = 0;      ///< part of recvErrors: duplicate or left of the window
    std::uint64_t authFailures = 0;        ///< part of recvErrors: ICV mismatch

    EspCounters &operator+=(const EspCounters &other)
    {
        encaps += other.encaps;
        encrypt += other.encrypt;
        digest += other.digest;
        decaps += other.decaps;
        decrypt += other.decrypt;
        verify += other.verify;
        compressed += other.compressed;
        decompressed += other.decompressed;
        notCompressed += other.notCompressed;
        compressionFailed += other.compressionFailed;
        decompressionFailed += other.decompressionFailed;
        sendErrors += other.sendErrors;
        recvErrors += other.recvErrors;
        replayFailures += other.replayFailures;
        authFailures += other.authFailures;
        return *this;
    }

    friend bool operator==(const EspCounters &, const EspCounters &) = default;
};

} // namespace vtd::sim::esp
