// Which nameif names a statement refers to (for the unknown-interface check and renames).

#include "pix62_checks.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

QStringList interfaceReferences(const PixCommand &command)
{
    return std::visit(Overloaded{
        [](const MtuCmd &c) { return QStringList{c.ifName}; },
        [](const IpAddressCmd &c) { return QStringList{c.ifName}; },
        [](const FailoverIpAddressCmd &c) { return QStringList{c.ifName}; },
        [](const IcmpCmd &c) { return QStringList{c.ifName}; },
        [](const NatCmd &c) { return QStringList{c.ifName}; },
        [](const GlobalCmd &c) { return QStringList{c.ifName}; },
        [](const StaticCmd &c) { return QStringList{c.realIf, c.mappedIf}; },
        [](const AccessGroupCmd &c) { return QStringList{c.ifName}; },
        [](const RouteCmd &c) { return QStringList{c.ifName}; },
        [](const CryptoMapInterfaceCmd &c) { return QStringList{c.ifName}; },
        [](const IsakmpEnableCmd &c) { return QStringList{c.ifName}; },
        [](const ManagementAccessCmd &c) { return QStringList{c.ifName}; },
        [](const AaaServerHostCmd &c) { return QStringList{c.ifName}; },
        [](const IsakmpClientPoolCmd &c) { return c.ifName.isEmpty() ? QStringList() : QStringList{c.ifName}; },
        [](const auto &) { return QStringList(); },
    }, command);
}

} // namespace vtd::gen::pix62
