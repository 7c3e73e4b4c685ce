#include "hub_spoke_bench.h"

namespace vtd::sim::bench {

namespace {

QString line(const char *name, const QString &value)
{
    return QString::fromLatin1(name) + QStringLiteral(": ") + value;
}

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

double perSecond(double count, double seconds)
{
    return seconds > 0 ? count / seconds : 0.0;
}

} // namespace

double BenchResult::overheadPercent() const
{
    const double floor = cryptoFloor.cpuSeconds;
    if (floor <= 0)
        return 0.0;
    return (simulation().cpuSeconds - floor) / floor * 100.0;
}

QStringList BenchResult::report() const
{
    return {
        line("spokes", QString::number(size.spokes)),
        line("clients", QString::number(size.clients)),
        line("pings_per_tunnel", QString::number(size.pings)),
        line("tunnels_expected", QString::number(tunnelsExpected)),
        line("tunnels_up", QString::number(tunnelsUp())),
        line("spoke_tunnels_up", QString::number(spokeTunnelsUp)),
        line("client_tunnels_up", QString::number(clientTunnelsUp)),
        line("echoes_sent", QString::number(echoesSent)),
        line("echoes_received", QString::number(echoesReceived)),
        line("build_seconds", fixed(build.wallSeconds)),
        line("tunnel_setup_seconds", fixed(setup.wallSeconds)),
        line("traffic_seconds", fixed(traffic.wallSeconds)),
        line("wall_time_seconds", fixed((build + simulation()).wallSeconds)),
        line("simulation_cpu_seconds", fixed(simulation().cpuSeconds)),
        line("tunnels_per_second", fixed(perSecond(tunnelsUp(), setup.wallSeconds), 1)),
        line("events", QString::number(events)),
        line("events_per_second", fixed(perSecond(double(events), simulation().wallSeconds), 0)),
        line("peak_memory_kib", QString::number(peakMemoryKib)),
        line("crypto_dh_operations", QString::number(dhOperations)),
        line("crypto_esp_packets", QString::number(espPackets)),
        line("crypto_floor_seconds", fixed(cryptoFloor.wallSeconds)),
        line("crypto_floor_cpu_seconds", fixed(cryptoFloor.cpuSeconds)),
        line("overhead_vs_crypto_floor_percent", fixed(overheadPercent(), 1)),
    };
}

} // namespace vtd::sim::bench
