#include "decode_result.h"

namespace vtd::sim::net {

namespace {

QString layerId(DecodeLayer layer)
{
    switch (layer) {
    case DecodeLayer::Ipv4: return QStringLiteral("ip");
    case DecodeLayer::Icmp: return QStringLiteral("icmp");
    case DecodeLayer::Udp: return QStringLiteral("udp");
    }
    return QStringLiteral("ip");
}

QString layerName(DecodeLayer layer)
{
    switch (layer) {
    case DecodeLayer::Ipv4: return QStringLiteral("IPv4 packet");
    case DecodeLayer::Icmp: return QStringLiteral("ICMP message");
    case DecodeLayer::Udp: return QStringLiteral("UDP datagram");
    }
    return QStringLiteral("packet");
}

} // namespace

QString DecodeError::code() const
{
    switch (problem) {
    case DecodeProblem::Truncated: return layerId(layer) + QStringLiteral(".truncated");
    case DecodeProblem::BadVersion: return layerId(layer) + QStringLiteral(".bad-version");
    case DecodeProblem::BadHeaderLength: return layerId(layer) + QStringLiteral(".bad-header-length");
    case DecodeProblem::BadLength: return layerId(layer) + QStringLiteral(".bad-length");
    case DecodeProblem::BadChecksum: return layerId(layer) + QStringLiteral(".bad-checksum");
    }
    return layerId(layer) + QStringLiteral(".malformed");
}

QString DecodeError::description() const
{
    switch (problem) {
    case DecodeProblem::Truncated: return QStringLiteral("truncated ") + layerName(layer);
    case DecodeProblem::BadVersion: return QStringLiteral("not IPv4 (bad version)");
    case DecodeProblem::BadHeaderLength: return QStringLiteral("bad IPv4 header length");
    case DecodeProblem::BadLength: return QStringLiteral("bad length in ") + layerName(layer);
    case DecodeProblem::BadChecksum: return QStringLiteral("bad checksum in ") + layerName(layer);
    }
    return QStringLiteral("malformed ") + layerName(layer);
}

} // namespace vtd::sim::net
